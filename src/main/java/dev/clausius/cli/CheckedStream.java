package dev.clausius.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.PrintStream;

/**
 * A PrintStream that reports its errors. PrintStream swallows them (a closed pipe, a full disk), so
 * a run into "| head" would go on computing every frame and then exit 0; checking after each
 * buffered block stops it at the first failed write.
 */
final class CheckedStream extends FilterOutputStream {
    private final PrintStream target;

    CheckedStream(PrintStream target) {
        super(target);
        this.target = target;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        target.write(bytes, offset, length);
        check();
    }

    @Override
    public void write(int b) throws IOException {
        target.write(b);
        check();
    }

    @Override
    public void flush() throws IOException {
        check();
    }

    private void check() throws IOException {
        // checkError() also flushes, so the block is out before the next one is computed.
        if (target.checkError()) {
            throw new IOException("cannot write to standard output");
        }
    }
}
