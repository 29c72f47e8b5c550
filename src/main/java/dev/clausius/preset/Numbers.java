package dev.clausius.preset;

import java.util.Locale;

/** Numbers as a physicist reads them in a message: "1" not "1.0", "1+2i" for complex values. */
final class Numbers {
    private Numbers() {
    }

    static String format(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        String text = Double.toString(x);
        int exponent = text.indexOf('E');
        if (exponent < 0) {
            return text;
        }
        // 1.0E-6 -> 1e-6: the way a person writes it in a preset.
        String mantissa = text.substring(0, exponent);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + text.substring(exponent + 1);
    }

    static String complex(double re, double im) {
        if (im == 0) {
            return format(re);
        }
        String imaginary = (Math.abs(im) == 1 ? "" : format(Math.abs(im))) + "i";
        if (re == 0) {
            return (im < 0 ? "-" : "") + imaginary;
        }
        return format(re) + (im < 0 ? "-" : "+") + imaginary;
    }

    /** Bytes in decimal gigabytes with one decimal, for memory estimates. */
    static String gigabytes(double bytes) {
        return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }
}
