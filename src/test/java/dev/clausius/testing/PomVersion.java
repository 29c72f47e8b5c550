package dev.clausius.testing;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's {@code <version>} read straight from pom.xml with a DOM parser: the reference a
 * version test compares with, independent of the resource filtering under test.
 */
public final class PomVersion {
    private PomVersion() {
    }

    /** The text of the {@code <version>} element that is a direct child of {@code <project>}. */
    public static String read() throws Exception {
        Path pom = Path.of("pom.xml");
        if (!Files.isRegularFile(pom)) {
            throw new IllegalStateException("tests run from the project directory; no pom.xml in " + Path.of("").toAbsolutePath());
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && "version".equals(element.getTagName())) {
                return element.getTextContent().strip();
            }
        }
        throw new IllegalStateException("pom.xml has no <project><version>");
    }
}
