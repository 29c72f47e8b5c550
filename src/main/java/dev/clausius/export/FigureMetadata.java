package dev.clausius.export;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a figure file says about itself: embedded in PNG text chunks, SVG metadata and PDF info. */
public record FigureMetadata(String title, String presetName, String parameters, String software) {

    /** Key-value pairs in a stable order. */
    public Map<String, String> entries() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Title", title);
        m.put("Preset", presetName);
        m.put("Parameters", parameters);
        m.put("Software", software);
        return m;
    }
}
