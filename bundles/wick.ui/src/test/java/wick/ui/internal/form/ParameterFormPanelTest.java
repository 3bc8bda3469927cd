package wick.ui.internal.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.concurrent.atomic.AtomicInteger;

import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.border.LineBorder;

import org.junit.jupiter.api.Test;

class ParameterFormPanelTest {

    @Test
    void fieldsAreNamedAndValidatedAsTyped() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            ParameterFormModel model = new ParameterFormModel(ParameterFormModelTest.schema());
            AtomicInteger changes = new AtomicInteger();
            ParameterFormPanel panel = new ParameterFormPanel("param.", model, changes::incrementAndGet);
            JTextField m2 = (JTextField) panel.field("m2");
            assertEquals("param.m2", m2.getName());
            assertInstanceOf(JCheckBox.class, panel.field("adapt"));
            assertInstanceOf(JComboBox.class, panel.field("order"));
            assertEquals("param.order", panel.field("order").getName());
            java.awt.Component[] names = panel.getComponents();
            assertTrue(names.length >= 12);

            m2.setText("-3");
            assertTrue(changes.get() > 0);
            assertEquals("-3", model.value("m2"));
            assertTrue(model.error("m2").isPresent());
            assertInstanceOf(LineBorder.class, m2.getBorder());
            assertEquals(Color.RED, ((LineBorder) m2.getBorder()).getLineColor());

            m2.setText("0.5");
            assertTrue(model.error("m2").isEmpty());
            assertFalse(m2.getBorder() instanceof LineBorder lb && Color.RED.equals(lb.getLineColor()));

            ((JCheckBox) panel.field("adapt")).doClick();
            assertEquals("false", model.value("adapt"));
            ((JComboBox<?>) panel.field("order")).setSelectedItem("0");
            assertEquals("0", model.value("order"));

            model.resetDefaults();
            panel.reload();
            assertEquals("1", m2.getText());
            assertTrue(((JCheckBox) panel.field("adapt")).isSelected());
            assertEquals("2", ((JComboBox<?>) panel.field("order")).getSelectedItem());
            assertNotEquals(Color.RED, m2.getForeground());
        });
    }
}
