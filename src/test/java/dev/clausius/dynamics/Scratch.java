package dev.clausius.dynamics;

import dev.clausius.preset.*;
import dev.clausius.thermo.*;
import java.io.*;
import java.util.*;

public class Scratch {
    public static void main(String[] args) throws Exception {
        String which = args[0];
        Preset p;
        if (which.equals("rq")) {
            p = new Preset("rq", "", Mode.CLOSED, new SubsystemSpec.Qubit(1), new SubsystemSpec.Qubit(1), 0.5, 2.0,
                new CouplingSpec.Terms(List.of(new CouplingSpec.Term(new ComplexValue(0.05, 0), "sp", "sm", true, 0, 0))), null, null, new TimeSpec(0.25, 100));
        } else if (which.equals("jc")) {
            p = new Preset("jc", "", Mode.CLOSED, new SubsystemSpec.Qubit(1), new SubsystemSpec.Oscillator(1, 12), 0.0, 1.0,
                new CouplingSpec.Terms(List.of(new CouplingSpec.Term(new ComplexValue(0.1, 0), "sp", "a", true, 0, 0))), null, null, new TimeSpec(0.2, 60));
        } else {
            p = new Preset("w1", "", Mode.CLOSED, new SubsystemSpec.Qubit(1), new SubsystemSpec.Spins(8, List.of(0.8,0.85,0.9,0.95,1.05,1.1,1.15,1.2), 0), 0.25, 1.5,
                new CouplingSpec.Terms(List.of(new CouplingSpec.Term(new ComplexValue(0.04, 0), "sx", "sx[*]", false, 0, 0))), null, null, new TimeSpec(0.5, 199.5));
        }
        long t0 = System.nanoTime();
        Evolver e = Evolvers.create(p, which);
        long t1 = System.nanoTime();
        TimeGrid g = new TimeGrid(p.time().dt(), p.time().end());
        try (PrintWriter w = new PrintWriter(new FileWriter(args[1]))) {
            StringJoiner h = new StringJoiner(",");
            for (Column c : Column.values()) h.add(c.csvName());
            w.println(h);
            for (int k = 0; k < g.size(); k++) {
                Frame f = e.frameAt(g.time(k));
                StringJoiner r = new StringJoiner(",");
                for (Column c : Column.values()) r.add(Double.toString(c.valueOf(f)));
                w.println(r);
            }
        }
        long t2 = System.nanoTime();
        System.out.printf("setup %.1f ms, frames %.3f ms each%n", (t1-t0)/1e6, (t2-t1)/1e6/g.size());
    }
}
