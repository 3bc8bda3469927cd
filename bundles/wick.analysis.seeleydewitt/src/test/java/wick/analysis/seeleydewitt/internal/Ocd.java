package wick.analysis.seeleydewitt.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import wick.api.param.ParameterOption;
import wick.api.param.ParameterSchema;
import wick.api.param.ParameterSpec;
import wick.api.param.ParameterType;
import wick.api.param.Parameters;

/**
 * The parameters of a task as the engine sees them: read from the Metatype XML bnd generated
 * ({@code OSGI-INF/metatype/ID.xml} on the class path), the way the engine reads it (attributes
 * as written, no unescaping), then parsed with the user's values.
 */
final class Ocd {
    private Ocd() {
    }

    static ParameterSchema schema(String id) {
        try (InputStream in = Ocd.class.getClassLoader().getResourceAsStream("OSGI-INF/metatype/" + id + ".xml")) {
            if (in == null) {
                throw new IllegalStateException("no Metatype resource for " + id + " (run the bnd-process goal)");
            }
            Element ocd = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("OCD").item(0);
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
                ParameterType type = switch (ad.getAttribute("type")) {
                    case "Integer" -> ParameterType.INTEGER;
                    case "Double" -> ParameterType.DOUBLE;
                    case "Boolean" -> ParameterType.BOOLEAN;
                    case "Long" -> ParameterType.LONG;
                    default -> ParameterType.STRING;
                };
                specs.add(new ParameterSpec(ad.getAttribute("id"), ad.getAttribute("name"), type,
                        ad.hasAttribute("default") ? ad.getAttribute("default") : null, attr(ad, "min"), attr(ad, "max"),
                        options, ad.getAttribute("description")));
            }
            return new ParameterSchema(id, ocd.getAttribute("name"), ocd.getAttribute("description"), specs);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String attr(Element e, String name) {
        return e.hasAttribute(name) && !e.getAttribute(name).isEmpty() ? e.getAttribute(name) : null;
    }

    /** The task's parameters: its defaults overridden by {@code keyValues} (k1, v1, k2, v2, ...). */
    static Parameters parameters(String id, String... keyValues) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            raw.put(keyValues[i], keyValues[i + 1]);
        }
        return schema(id).parse(raw);
    }
}
