package dev.clausius.typeset;

import java.awt.Font;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.block.Block;
import org.jfree.chart.block.BlockContainer;
import org.jfree.chart.block.LabelBlock;
import org.jfree.chart.title.LegendItemBlockContainer;
import org.jfree.chart.title.LegendTitle;

/**
 * A legend whose item labels are {@link Markup}: JFreeChart's own legend draws a label as a plain
 * string, so each item's text block is swapped for a {@link TypesetBlock}, keeping the line sample,
 * padding, fonts and layout of the standard legend.
 */
public final class TypesetLegend extends LegendTitle {
    /** The smallest script, in the item font's units (0: scripts at their scale of the line). */
    private float smallest;

    public TypesetLegend(LegendItemSource source) {
        super(source);
    }

    /** Scripts never under {@code size}, in the item font's units (a printed figure's 6 pt). */
    public void setSmallestText(float size) {
        this.smallest = size;
    }

    @Override
    protected Block createLegendItemBlock(LegendItem item) {
        Block block = super.createLegendItemBlock(item);
        if (block instanceof BlockContainer outer) {
            for (Object inner : outer.getBlocks()) {
                if (inner instanceof LegendItemBlockContainer container) {
                    typeset(container, item);
                }
            }
        }
        return block;
    }

    private void typeset(LegendItemBlockContainer container, LegendItem item) {
        List<Block> blocks = new ArrayList<>();
        for (Object block : container.getBlocks()) {
            blocks.add((Block) block);
        }
        container.clear();
        for (Block block : blocks) {
            if (block instanceof LabelBlock label) {
                Font font = item.getLabelFont() != null ? item.getLabelFont() : getItemFont();
                Paint paint = item.getLabelPaint() != null ? item.getLabelPaint() : getItemPaint();
                TypesetBlock text = new TypesetBlock(item.getLabel(), font, smallest, paint);
                text.setPadding(label.getPadding());
                container.add(text);
            } else {
                container.add(block, getLegendItemGraphicEdge());
            }
        }
    }
}
