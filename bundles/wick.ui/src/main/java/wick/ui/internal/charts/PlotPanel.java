package wick.ui.internal.charts;

import java.awt.Dimension;
import java.io.File;
import java.io.IOException;
import java.util.function.Supplier;

import javax.swing.JFileChooser;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPopupMenu;
import javax.swing.filechooser.FileNameExtensionFilter;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/**
 * A chart on screen, named for the integration tests, with "Export PNG / SVG / CSV" in its context
 * menu (JFreeChart's own "Save as" is left out: its SVG item looks for an old JFreeSVG package).
 */
public final class PlotPanel extends ChartPanel {
    private static final long serialVersionUID = 1L;
    private static File lastDirectory;
    private final transient Supplier<String> csv;
    private final String fileStem;

    /**
     * @param componentName the Swing name, e.g. {@code chart.r1.correlator}
     * @param fileStem      the suggested file name without extension
     * @param csv           what the CSV export writes (read when exporting)
     */
    public PlotPanel(String componentName, String fileStem, JFreeChart chart, Supplier<String> csv) {
        super(chart, 480, 320, 200, 150, 4000, 3000, true, true, true, false, false, true, true);
        this.csv = csv;
        this.fileStem = fileStem;
        setName(componentName);
        setMouseWheelEnabled(true);
        setPreferredSize(new Dimension(480, 320));
        JPopupMenu menu = getPopupMenu();
        menu.addSeparator();
        menu.add(item("Export PNG…", "png", this::exportPng));
        menu.add(item("Export SVG…", "svg", this::exportSvg));
        menu.add(item("Export CSV…", "csv", this::exportCsv));
    }

    private interface Writer {
        void write(File f) throws IOException;
    }

    private JMenuItem item(String text, String extension, Writer writer) {
        JMenuItem item = new JMenuItem(text);
        item.setName("export." + extension);
        item.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser(lastDirectory);
            chooser.setFileFilter(new FileNameExtensionFilter(extension.toUpperCase() + " files", extension));
            chooser.setSelectedFile(new File(lastDirectory, fileStem + "." + extension));
            if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
                return;
            }
            File f = chooser.getSelectedFile();
            if (!f.getName().contains(".")) {
                f = new File(f.getParentFile(), f.getName() + "." + extension);
            }
            lastDirectory = f.getParentFile();
            try {
                writer.write(f);
            } catch (IOException | RuntimeException ex) {
                JOptionPane.showMessageDialog(this, "Cannot write " + f + ": " + ex.getMessage(), "Export",
                        JOptionPane.ERROR_MESSAGE);
            }
        });
        return item;
    }

    private void exportPng(File f) throws IOException {
        ChartExport.png(getChart(), f, ChartExport.WIDTH, ChartExport.HEIGHT);
    }

    private void exportSvg(File f) throws IOException {
        ChartExport.svg(getChart(), f, ChartExport.WIDTH, ChartExport.HEIGHT);
    }

    private void exportCsv(File f) throws IOException {
        ChartExport.csv(csv.get(), f);
    }
}
