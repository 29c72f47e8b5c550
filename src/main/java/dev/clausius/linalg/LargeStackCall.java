package dev.clausius.linalg;

/**
 * Runs a native call on a fresh thread with a large stack and waits for it, for the LAPACK
 * routines whose OpenBLAS implementation puts megabytes on the stack (see {@link Blas#solve}).
 * The thread costs tens of microseconds, nothing beside the O(n^3) call it carries.
 */
final class LargeStackCall {
    /** 32 times what OpenBLAS's getrf was measured to need (2 MB): only touched pages are committed. */
    private static final long STACK_BYTES = 64L << 20;

    private LargeStackCall() {
    }

    static void run(String name, Runnable call) {
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                call.run();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "clausius-" + name, STACK_BYTES);
        worker.start();
        boolean interrupted = false;
        while (true) {
            try {
                worker.join(); // never leave while the native call may still write the caller's buffers
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
    }
}
