package wick.ui.internal.results;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.LayoutManager;

import javax.swing.JPanel;

/**
 * Charts in a grid as wide as its container: as many columns of at least {@value #MIN_WIDTH}
 * pixels as fit, each chart about golden-ratio tall. Put it in a {@link TrackingPanel} inside a
 * scroll pane so it never scrolls sideways.
 */
public final class ChartGrid extends JPanel {
    private static final long serialVersionUID = 1L;
    static final int MIN_WIDTH = 380;
    private static final int GAP = 6;

    public ChartGrid() {
        setLayout(new Grid());
    }

    /** A new width may mean another number of columns, so another preferred height: lay out again. */
    @Override
    public void setBounds(int x, int y, int width, int height) {
        boolean resized = width != getWidth();
        super.setBounds(x, y, width, height);
        if (resized) {
            javax.swing.SwingUtilities.invokeLater(this::revalidate);
        }
    }

    private static final class Grid implements LayoutManager {
        @Override
        public void addLayoutComponent(String name, Component comp) {
        }

        @Override
        public void removeLayoutComponent(Component comp) {
        }

        private static int width(Container parent) {
            Insets in = parent.getInsets();
            int w = parent.getWidth() > 0 ? parent.getWidth() : 2 * 480 + 3 * GAP;
            return Math.max(200, w - in.left - in.right);
        }

        private static int columns(int width, int n) {
            return Math.max(1, Math.min(Math.max(n, 1), (width - GAP) / (MIN_WIDTH + GAP)));
        }

        private static int cellWidth(int width, int cols) {
            return (width - (cols + 1) * GAP) / cols;
        }

        private static int cellHeight(int cellWidth) {
            return Math.max(220, Math.min(420, (int) (cellWidth * 0.62)));
        }

        @Override
        public Dimension preferredLayoutSize(Container parent) {
            int n = parent.getComponentCount();
            int w = width(parent);
            int cols = columns(w, n);
            int rows = (n + cols - 1) / cols;
            Insets in = parent.getInsets();
            int h = rows * (cellHeight(cellWidth(w, cols)) + GAP) + GAP;
            return new Dimension(w + in.left + in.right, h + in.top + in.bottom);
        }

        @Override
        public Dimension minimumLayoutSize(Container parent) {
            return new Dimension(200, 0);
        }

        @Override
        public void layoutContainer(Container parent) {
            Insets in = parent.getInsets();
            int n = parent.getComponentCount();
            int w = width(parent);
            int cols = columns(w, n);
            int cw = cellWidth(w, cols);
            int ch = cellHeight(cw);
            for (int i = 0; i < n; i++) {
                int r = i / cols;
                int c = i % cols;
                parent.getComponent(i).setBounds(in.left + GAP + c * (cw + GAP), in.top + GAP + r * (ch + GAP), cw, ch);
            }
        }
    }
}
