package wick.engine.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import wick.api.param.ParameterOption;
import wick.api.param.ParameterSchema;
import wick.api.param.ParameterSpec;
import wick.api.param.ParameterType;

/**
 * Reads a Metatype resource ({@code OSGI-INF/metatype/*.xml}, as bnd generates from
 * {@code @ObjectClassDefinition}) into a {@link ParameterSchema}: ids, types, defaults, inclusive
 * min/max, option lists and descriptions. The Metatype service's API hides min and max, which the
 * forms and the CLI messages need, so the engine reads the same resource the service reads.
 */
final class MetatypeXml {
    private MetatypeXml() {
    }

    /** The OCD with this id from one Metatype resource, if it holds it. */
    static Optional<ParameterSchema> read(InputStream xml, String ocdId) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(xml);
        NodeList ocds = doc.getElementsByTagNameNS("*", "OCD");
        if (ocds.getLength() == 0) {
            ocds = doc.getElementsByTagName("OCD");
        }
        for (int i = 0; i < ocds.getLength(); i++) {
            Element ocd = (Element) ocds.item(i);
            if (ocd.getAttribute("id").equals(ocdId)) {
                return Optional.of(schema(ocd));
            }
        }
        return Optional.empty();
    }

    private static ParameterSchema schema(Element ocd) {
        List<ParameterSpec> specs = new ArrayList<>();
        NodeList ads = ocd.getElementsByTagName("AD");
        for (int i = 0; i < ads.getLength(); i++) {
            Element ad = (Element) ads.item(i);
            List<ParameterOption> options = new ArrayList<>();
            NodeList os = ad.getElementsByTagName("Option");
            for (int j = 0; j < os.getLength(); j++) {
                Element o = (Element) os.item(j);
                options.add(new ParameterOption(o.getAttribute("label"), o.getAttribute("value")));
            }
            specs.add(new ParameterSpec(ad.getAttribute("id"), attr(ad, "name"), type(ad.getAttribute("type")),
                    ad.hasAttribute("default") ? unescape(ad.getAttribute("default")) : null, attr(ad, "min"), attr(ad, "max"),
                    options, attr(ad, "description")));
        }
        return new ParameterSchema(ocd.getAttribute("id"), attr(ocd, "name"), attr(ocd, "description"), specs);
    }

    /**
     * A single value as Metatype writes it: commas (the separator of multi-valued defaults) and
     * backslashes are escaped with a backslash, e.g. bnd writes the default {@code "8,16,32"} as
     * {@code 8\,16\,32}.
     */
    static String unescape(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                c = value.charAt(++i);
            }
            b.append(c);
        }
        return b.toString();
    }

    private static String attr(Element e, String name) {
        return e.hasAttribute(name) && !e.getAttribute(name).isEmpty() ? e.getAttribute(name) : null;
    }

    private static ParameterType type(String t) {
        return switch (t) {
            case "Integer", "Short", "Byte" -> ParameterType.INTEGER;
            case "Long" -> ParameterType.LONG;
            case "Double", "Float" -> ParameterType.DOUBLE;
            case "Boolean" -> ParameterType.BOOLEAN;
            default -> ParameterType.STRING;
        };
    }
}
