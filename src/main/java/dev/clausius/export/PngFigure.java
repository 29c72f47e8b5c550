package dev.clausius.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.JFreeChart;

/** A chart as a PNG at the requested print size and resolution, with text chunks and the dpi recorded. */
public final class PngFigure {
    private static final String FORMAT = "javax_imageio_png_1.0";

    private PngFigure() {
    }

    /** One chart, or a panel of several stacked top to bottom, each at the given size. */
    public static BufferedImage render(List<JFreeChart> panel, FigureSize size) {
        BufferedImage image = new BufferedImage(size.widthPixels(), PanelLayout.heightPixels(panel, size),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            double scale = size.dpi() / 72.0;
            g.scale(scale, scale);
            PanelLayout.draw(panel, g, size);
        } finally {
            g.dispose();
        }
        return image;
    }

    public static void write(List<JFreeChart> panel, FigureSize size, FigureMetadata metadata, OutputStream out)
            throws IOException {
        BufferedImage image = render(panel, size);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            IIOMetadata iio = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            iio.mergeTree(FORMAT, tree(metadata, size));
            writer.write(null, new IIOImage(image, null, iio), null);
        } catch (IIOInvalidTreeException e) {
            throw new IOException("cannot write PNG metadata: " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode tree(FigureMetadata metadata, FigureSize size) {
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        IIOMetadataNode text = new IIOMetadataNode("tEXt");
        for (Map.Entry<String, String> e : metadata.entries().entrySet()) {
            IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
            entry.setAttribute("keyword", e.getKey());
            entry.setAttribute("value", e.getValue() == null ? "" : e.getValue());
            text.appendChild(entry);
        }
        root.appendChild(text);
        IIOMetadataNode physical = new IIOMetadataNode("pHYs");
        String perMetre = Integer.toString((int) Math.round(size.dpi() / 0.0254));
        physical.setAttribute("pixelsPerUnitXAxis", perMetre);
        physical.setAttribute("pixelsPerUnitYAxis", perMetre);
        physical.setAttribute("unitSpecifier", "meter");
        root.appendChild(physical);
        return root;
    }
}
