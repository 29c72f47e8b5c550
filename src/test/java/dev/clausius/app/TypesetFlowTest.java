package dev.clausius.app;

import static dev.clausius.app.FxReads.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.app.view.text.TypesetFlow;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** A flow updated every pulse with new numbers keeps its nodes; only a new shape of runs rebuilds them. */
@ExtendWith(ApplicationExtension.class)
class TypesetFlowTest {

    @Test
    void newNumbersRetextTheSameNodesAndNewShapesRebuildThem() {
        onFx(() -> {
            TypesetFlow flow = new TypesetFlow("ΔS_{AB} 1.0e-16");
            List<Node> before = List.copyOf(flow.getChildren());
            flow.setMarkup("ΔS_{AB} 2.0e-16");
            assertEquals(before, List.copyOf(flow.getChildren()));
            for (int i = 0; i < before.size(); i++) {
                assertTrue(before.get(i) == flow.getChildren().get(i), "node " + i + " kept");
            }
            assertEquals(" 2.0e-16", ((Text) flow.getChildren().get(2)).getText());
            flow.setMarkup("x^{2}");
            assertEquals(2, flow.getChildren().size());
            assertTrue(flow.getChildren().get(1).getStyleClass().contains("super"));
            assertEquals("x^2", flow.plainText());
            return null;
        });
    }
}
