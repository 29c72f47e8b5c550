package dev.clausius.app;

import javafx.scene.image.PixelReader;

import java.awt.Color;

/** Counts pixels of one colour in a snapshot, to check a curve is really drawn. */
final class Pixels {
    private Pixels() {
    }

    static int count(javafx.scene.image.Image image, Color colour) {
        int count = 0;
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                int argb = pixels.getArgb(x, y);
                if (Math.abs(((argb >> 16) & 0xFF) - colour.getRed()) <= 8
                        && Math.abs(((argb >> 8) & 0xFF) - colour.getGreen()) <= 8
                        && Math.abs((argb & 0xFF) - colour.getBlue()) <= 8) {
                    count++;
                }
            }
        }
        return count;
    }
}
