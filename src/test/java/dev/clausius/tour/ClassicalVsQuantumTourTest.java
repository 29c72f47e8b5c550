package dev.clausius.tour;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The classroom's opening tour: first in the Tours menu, opening on the Scene, checking issue 15's three claims. */
class ClassicalVsQuantumTourTest {

    @Test
    void itIsFirstInTheMenuAndChecksTheThreeContrasts() throws Exception {
        List<Path> files = TourReader.files(Path.of("presets"));
        assertFalse(files.isEmpty(), "the shipped tours are found");
        assertEquals("0-classical-vs-quantum.json", files.get(0).getFileName().toString());
        Tour tour = TourReader.read(files.get(0));
        assertEquals("scene", tour.steps().get(0).panel());
        List<String> claims = tour.steps().stream().map(s -> s.preset().getFileName() + ": " + s.check().quantity() + " "
                + s.check().claim()).toList();
        assertEquals(List.of(
                "classical-bars.json: S_AB claim: near 1.706 ± 0.000001",
                "resonant-qubits.json: S_AB claim: near 1.028 ± 1e-12, throughout",
                "classical-bars.json: interior_AB claim: above 0, throughout",
                "classical-near-equilibrium.json: interior_AB claim: above 0, throughout",
                "classical-near-equilibrium.json: interior_A claim: below 0.001, throughout",
                "resonant-qubits.json: S_AB claim: near 1.028 ± 1e-12, throughout"), claims);
        assertEquals("compare", tour.steps().get(tour.steps().size() - 1).panel());
    }
}
