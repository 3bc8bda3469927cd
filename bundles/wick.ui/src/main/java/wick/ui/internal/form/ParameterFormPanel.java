package wick.ui.internal.form;

import java.awt.Color;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.border.Border;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

import wick.api.param.ParameterOption;
import wick.api.param.ParameterSpec;
import wick.api.param.ParameterType;

/**
 * The Swing face of a {@link ParameterFormModel}: one row per parameter, a check box for a boolean,
 * a combo box for an option list, a text field otherwise, each named {@code PREFIX + id}. Text is
 * validated as it is typed; a bad field gets a red border, and {@code onChange} runs after every
 * change so the owner can show the first problem and refresh what depends on the values.
 */
public final class ParameterFormPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final Border BAD = BorderFactory.createLineBorder(Color.RED, 2);
    private final transient ParameterFormModel model;
    private final transient Runnable onChange;
    private final Map<String, JComponent> fields = new LinkedHashMap<>();
    private final Map<String, Border> borders = new LinkedHashMap<>();
    private boolean updating;

    /**
     * @param prefix   the prefix of the fields' names, {@code param.} or {@code samplerParam.}
     * @param model    the values
     * @param onChange run on the event thread after each change
     */
    public ParameterFormPanel(String prefix, ParameterFormModel model, Runnable onChange) {
        super(new GridBagLayout());
        this.model = model;
        this.onChange = onChange;
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(2, 2, 2, 4);
        c.gridy = 0;
        for (ParameterSpec p : model.schema().parameters()) {
            JComponent field = field(p);
            field.setName(prefix + p.id());
            String tip = "<html><b>" + p.id() + "</b>" + (p.description().isEmpty() ? "" : ": " + p.description())
                    + "<br>allowed: " + p.allowed() + (p.defaultValue() == null ? "" : "; default " + p.defaultValue())
                    + "</html>";
            field.setToolTipText(tip);
            JLabel label = new JLabel(p.id());
            label.setToolTipText(tip);
            label.setLabelFor(field);
            c.gridx = 0;
            c.weightx = 0;
            c.fill = GridBagConstraints.NONE;
            c.anchor = GridBagConstraints.LINE_START;
            add(label, c);
            c.gridx = 1;
            c.weightx = 1;
            c.fill = GridBagConstraints.HORIZONTAL;
            add(field, c);
            c.gridy++;
            fields.put(p.id(), field);
            borders.put(p.id(), field.getBorder());
        }
        if (fields.isEmpty()) {
            add(new JLabel("(no parameters)"));
        }
        showValidity();
    }

    public ParameterFormModel model() {
        return model;
    }

    /** The field of a parameter (for tests and focus). */
    public JComponent field(String id) {
        return fields.get(id);
    }

    /** Shows the model's values again (after a reset or a restore). */
    public void reload() {
        updating = true;
        try {
            for (ParameterSpec p : model.schema().parameters()) {
                String v = model.value(p.id());
                JComponent f = fields.get(p.id());
                if (f instanceof JCheckBox b) {
                    b.setSelected(Boolean.parseBoolean(v.trim()));
                } else if (f instanceof JComboBox<?> box) {
                    box.setSelectedItem(v.trim());
                } else if (f instanceof JTextField t && !t.getText().equals(v)) {
                    t.setText(v);
                }
            }
        } finally {
            updating = false;
        }
        showValidity();
        onChange.run();
    }

    private JComponent field(ParameterSpec p) {
        String v = model.value(p.id());
        if (p.type() == ParameterType.BOOLEAN && p.options().isEmpty()) {
            JCheckBox box = new JCheckBox();
            box.setSelected(Boolean.parseBoolean(v.trim()));
            box.addActionListener(e -> changed(p.id(), Boolean.toString(box.isSelected())));
            return box;
        }
        if (!p.options().isEmpty()) {
            JComboBox<String> box = new JComboBox<>(p.options().stream().map(ParameterOption::value).toArray(String[]::new));
            Map<String, String> labels = new LinkedHashMap<>();
            p.options().forEach(o -> labels.put(o.value(), o.label()));
            box.setRenderer(new DefaultListCellRenderer() {
                private static final long serialVersionUID = 1L;

                @Override
                public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                        boolean selected, boolean focus) {
                    String label = labels.get(String.valueOf(value));
                    Object shown = label == null || label.equals(value) ? value : value + " — " + label;
                    return super.getListCellRendererComponent(list, shown, index, selected, focus);
                }
            });
            box.setSelectedItem(v.trim());
            box.addActionListener(e -> changed(p.id(), String.valueOf(box.getSelectedItem())));
            return box;
        }
        JTextField text = new JTextField(v, 10);
        text.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                changed(p.id(), text.getText());
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                changed(p.id(), text.getText());
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                changed(p.id(), text.getText());
            }
        });
        return text;
    }

    private void changed(String id, String raw) {
        if (updating) {
            return;
        }
        model.set(id, raw);
        showValidity();
        onChange.run();
    }

    private void showValidity() {
        fields.forEach((id, f) -> {
            boolean bad = model.error(id).isPresent();
            f.setBorder(bad ? BAD : borders.get(id));
        });
    }
}
