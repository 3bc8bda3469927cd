package wick.ui.internal.run;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.Timer;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

import wick.api.param.ParameterException;
import wick.api.param.ParameterSchema;
import wick.api.run.RunHandle;
import wick.api.run.RunOptions;
import wick.api.run.SamplerInfo;
import wick.api.run.TaskInfo;
import wick.api.run.Workbench;
import wick.ui.internal.Background;
import wick.ui.internal.form.FormMemory;
import wick.ui.internal.form.ParameterFormModel;
import wick.ui.internal.form.ParameterFormPanel;

/**
 * The left column of the Run view: the task ({@code taskCombo}), its parameters
 * ({@code parameterForm}, fields {@code param.ID}), the samplers that fit the task's target at these
 * parameters ({@code samplerList}, refreshed when a parameter changes and every second) with the
 * chosen sampler's parameters ({@code samplerParameterForm}, fields {@code samplerParam.ID}), an
 * optional seed, the first problem ({@code formError}), {@code runButton} and
 * {@code resetDefaultsButton}. Values are remembered per task in a {@link FormMemory}.
 */
public final class TaskForm extends JPanel {
    private static final long serialVersionUID = 1L;
    private final transient Workbench workbench;
    private final transient Background background;
    private final transient FormMemory memory;
    private final transient Consumer<RunHandle> started;
    private final JComboBox<String> taskCombo = new JComboBox<>();
    private final JLabel description = new JLabel(" ");
    private final JPanel parameterForm = new JPanel(new BorderLayout());
    private final DefaultListModel<String> samplers = new DefaultListModel<>();
    private final JList<String> samplerList = new JList<>(samplers);
    private final JLabel samplerNote = new JLabel(" ");
    private final JPanel samplerParameterForm = new JPanel(new BorderLayout());
    private final JTextField seed = new JTextField(12);
    private final javax.swing.border.Border seedBorder = seed.getBorder();
    private final JLabel formError = new JLabel("");
    /** A constraint between parameters that the target rejected (from samplersFor), or null. */
    private String crossProblem;
    private final JButton runButton = new JButton("Run");
    private final JButton resetDefaultsButton = new JButton("Reset to defaults");
    private final Timer samplerDebounce;
    private transient List<TaskInfo> tasks = List.of();
    private transient TaskInfo task;
    private transient ParameterFormModel taskModel;
    private ParameterFormPanel taskPanel;
    private String sampler;
    private transient ParameterFormModel samplerModel;
    private ParameterFormPanel samplerPanel;
    private transient Map<String, String> remembered = new LinkedHashMap<>();
    private int generation;
    private boolean updatingLists;
    private boolean tasksLoading;
    private boolean samplersLoading;
    private boolean samplersStale;
    private boolean starting;

    TaskForm(Workbench workbench, Background background, FormMemory memory, Consumer<RunHandle> started) {
        super(new BorderLayout(4, 4));
        this.workbench = workbench;
        this.background = background;
        this.memory = memory;
        this.started = started;
        setName("taskForm");
        taskCombo.setName("taskCombo");
        parameterForm.setName("parameterForm");
        samplerList.setName("samplerList");
        samplerParameterForm.setName("samplerParameterForm");
        seed.setName("seedField");
        formError.setName("formError");
        formError.setForeground(new Color(0xC00000));
        runButton.setName("runButton");
        resetDefaultsButton.setName("resetDefaultsButton");
        runButton.setEnabled(false);
        samplerList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        samplerList.setVisibleRowCount(6);
        samplerList.setToolTipText("the samplers that fit this task's target at these parameters; none picked: the task's default");
        samplerNote.setForeground(Color.DARK_GRAY);
        seed.setToolTipText("the seed of the run's random stream; blank: a fresh one");

        JPanel body = new JPanel();
        body.setLayout(new BoxLayout(body, BoxLayout.Y_AXIS));
        JPanel taskRow = new JPanel(new BorderLayout(4, 0));
        taskRow.add(new JLabel("Task"), BorderLayout.WEST);
        taskRow.add(taskCombo, BorderLayout.CENTER);
        body.add(left(taskRow));
        body.add(left(description));
        parameterForm.setBorder(BorderFactory.createTitledBorder("Parameters"));
        body.add(left(parameterForm));
        JPanel samplerBox = new JPanel(new BorderLayout(2, 2));
        samplerBox.setBorder(BorderFactory.createTitledBorder("Sampler"));
        JScrollPane listScroll = new JScrollPane(samplerList);
        listScroll.setPreferredSize(new Dimension(200, 110));
        samplerBox.add(listScroll, BorderLayout.NORTH);
        samplerBox.add(samplerNote, BorderLayout.CENTER);
        samplerBox.add(samplerParameterForm, BorderLayout.SOUTH);
        body.add(left(samplerBox));
        JPanel seedRow = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        seedRow.add(new JLabel("Seed"));
        seedRow.add(seed);
        body.add(left(seedRow));
        body.add(Box.createVerticalGlue());
        JPanel holder = new JPanel(new BorderLayout());
        holder.add(body, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(holder);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        add(scroll, BorderLayout.CENTER);

        JPanel south = new JPanel(new BorderLayout(2, 2));
        south.add(formError, BorderLayout.NORTH);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        buttons.add(runButton);
        buttons.add(resetDefaultsButton);
        south.add(buttons, BorderLayout.SOUTH);
        add(south, BorderLayout.SOUTH);

        samplerDebounce = new Timer(300, e -> refreshSamplers());
        samplerDebounce.setRepeats(false);
        taskCombo.addActionListener(e -> {
            if (!updatingLists) {
                selectTask((String) taskCombo.getSelectedItem());
            }
        });
        samplerList.addListSelectionListener(e -> {
            if (!updatingLists && !e.getValueIsAdjusting()) {
                selectSampler(samplerList.getSelectedValue());
            }
        });
        seed.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                validateForm();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                validateForm();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                validateForm();
            }
        });
        runButton.addActionListener(e -> run());
        resetDefaultsButton.addActionListener(e -> resetDefaults());
        refresh();
    }

    private static <T extends JComponent> T left(T c) {
        c.setAlignmentX(Component.LEFT_ALIGNMENT);
        return c;
    }

    /** Selects a task by id (as if picked in the combo box). */
    public void choose(String taskId) {
        taskCombo.setSelectedItem(taskId);
    }

    /** Called every second: the installed tasks and the samplers that fit may have changed. */
    void refresh() {
        if (!tasksLoading) {
            tasksLoading = true;
            background.poll(workbench::tasks, t -> {
                tasksLoading = false;
                showTasks(t);
            }, e -> tasksLoading = false);
        }
        refreshSamplers();
    }

    void dispose() {
        samplerDebounce.stop();
        saveMemory();
    }

    private void showTasks(List<TaskInfo> list) {
        tasks = list;
        List<String> ids = list.stream().map(TaskInfo::id).toList();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < taskCombo.getItemCount(); i++) {
            shown.add(taskCombo.getItemAt(i));
        }
        String selected = (String) taskCombo.getSelectedItem();
        if (!ids.equals(shown)) {
            updatingLists = true;
            try {
                taskCombo.setModel(new DefaultComboBoxModel<>(ids.toArray(String[]::new)));
                taskCombo.setSelectedItem(ids.contains(selected) ? selected : null);
                if (taskCombo.getSelectedItem() == null && !ids.isEmpty()) {
                    taskCombo.setSelectedIndex(0);
                }
            } finally {
                updatingLists = false;
            }
        }
        String now = (String) taskCombo.getSelectedItem();
        if (now == null ? task != null : task == null || !now.equals(task.id())) {
            selectTask(now);
        } else if (task != null) {
            list.stream().filter(t -> t.id().equals(task.id())).findFirst().ifPresent(t -> task = t);
        }
    }

    private record Loaded(ParameterSchema schema, Map<String, String> memory) {
    }

    private void selectTask(String id) {
        if (task != null && task.id().equals(id)) {
            return;
        }
        saveMemory();
        int gen = ++generation;
        task = id == null ? null : tasks.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElse(new TaskInfo(id, "", false, "", ""));
        taskModel = null;
        sampler = null;
        samplerModel = null;
        parameterForm.removeAll();
        clearSamplerForm();
        setSamplers(List.of());
        description.setText(" ");
        validateForm();
        if (id == null) {
            revalidate();
            repaint();
            return;
        }
        background.act(() -> new Loaded(workbench.parameters(id), memory.load(id)), loaded -> {
            if (gen != generation) {
                return;
            }
            remembered = new LinkedHashMap<>(loaded.memory());
            taskModel = new ParameterFormModel(loaded.schema());
            taskModel.restore(remembered, "");
            taskPanel = new ParameterFormPanel("param.", taskModel, this::parametersChanged);
            parameterForm.removeAll();
            parameterForm.add(taskPanel, BorderLayout.CENTER);
            String text = task.description().isEmpty() ? loaded.schema().description() : task.description();
            description.setText("<html><body style='width:300px'>" + escape(text) + "</body></html>");
            revalidate();
            repaint();
            validateForm();
            refreshSamplers();
        }, e -> {
            if (gen == generation) {
                formError.setText(Background.describe(e));
            }
        });
    }

    private void parametersChanged() {
        crossProblem = null;
        validateForm();
        samplerDebounce.restart();
    }

    private void refreshSamplers() {
        if (task == null || taskModel == null) {
            return;
        }
        if (!task.chain()) {
            setSamplers(List.of());
            samplerList.setEnabled(false);
            samplerNote.setText("a compute task: no sampler");
            return;
        }
        samplerList.setEnabled(true);
        if (!taskModel.valid()) {
            samplerNote.setText("fix the parameters to see which samplers fit");
            return;
        }
        if (samplersLoading) {
            samplersStale = true;
            return;
        }
        samplersLoading = true;
        String taskId = task.id();
        Map<String, String> values = taskModel.values();
        int gen = generation;
        background.poll(() -> workbench.samplersFor(taskId, values).stream().map(SamplerInfo::id).toList(), ids -> {
            samplersLoading = false;
            if (gen == generation) {
                crossProblem = null;
                validateForm();
                setSamplers(ids);
                samplerNote.setText(sampler == null ? "none picked: the task's default sampler" : " ");
            }
            if (samplersStale) {
                samplersStale = false;
                refreshSamplers();
            }
        }, e -> {
            samplersLoading = false;
            if (gen == generation) {
                samplerNote.setText(Background.describe(e));
                if (e instanceof ParameterException p) {
                    crossProblem = p.getMessage(); // e.g. m2 <= 0 for the free field: a constraint of the target
                    validateForm();
                }
            }
            if (samplersStale) {
                samplersStale = false;
                refreshSamplers();
            }
        });
    }

    /** Shows the sampler ids, keeping the selection; a sampler that went away is unselected. */
    private void setSamplers(List<String> ids) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < samplers.size(); i++) {
            shown.add(samplers.get(i));
        }
        if (!ids.equals(shown)) {
            updatingLists = true;
            try {
                samplers.clear();
                ids.forEach(samplers::addElement);
                if (sampler != null && ids.contains(sampler)) {
                    samplerList.setSelectedValue(sampler, true);
                }
            } finally {
                updatingLists = false;
            }
        }
        if (sampler != null && !ids.contains(sampler)) {
            selectSampler(null);
        } else if (sampler == null && remembered.get(FormMemory.SAMPLER) != null
                && ids.contains(remembered.get(FormMemory.SAMPLER))) {
            samplerList.setSelectedValue(remembered.get(FormMemory.SAMPLER), true);
        }
    }

    private void selectSampler(String id) {
        if (id == null ? sampler == null : id.equals(sampler)) {
            return;
        }
        if (id == null) {
            remembered.remove(FormMemory.SAMPLER);
        }
        sampler = id;
        samplerModel = null;
        clearSamplerForm();
        validateForm();
        samplerNote.setText(id == null ? "none picked: the task's default sampler" : " ");
        if (id == null) {
            samplerList.clearSelection();
            return;
        }
        int gen = generation;
        background.act(() -> workbench.samplerParameters(id), schema -> {
            if (gen != generation || !id.equals(sampler)) {
                return;
            }
            samplerModel = new ParameterFormModel(schema);
            samplerModel.restore(remembered, id + ".");
            samplerPanel = new ParameterFormPanel("samplerParam.", samplerModel, this::validateForm);
            samplerParameterForm.removeAll();
            samplerParameterForm.add(samplerPanel, BorderLayout.CENTER);
            samplerParameterForm.setBorder(BorderFactory.createTitledBorder(id + " parameters"));
            samplerParameterForm.revalidate();
            samplerParameterForm.repaint();
            validateForm();
        }, e -> samplerNote.setText(Background.describe(e)));
    }

    private void clearSamplerForm() {
        samplerParameterForm.removeAll();
        samplerParameterForm.setBorder(null);
        samplerParameterForm.revalidate();
        samplerParameterForm.repaint();
    }

    /** Shows the first problem and enables Run only when every value is valid. */
    private void validateForm() {
        Optional<String> problem = Optional.empty();
        if (taskModel != null) {
            problem = taskModel.firstError().map(ParameterException::getMessage);
        }
        if (problem.isEmpty() && samplerModel != null) {
            problem = samplerModel.firstError().map(ParameterException::getMessage);
        }
        if (problem.isEmpty()) {
            problem = seedProblem();
        }
        if (problem.isEmpty()) {
            problem = Optional.ofNullable(crossProblem);
        }
        formError.setText(problem.orElse(""));
        formError.setToolTipText(problem.orElse(null));
        seed.setBorder(seedProblem().isPresent() ? BorderFactory.createLineBorder(Color.RED, 2)
                : seedBorder);
        runButton.setEnabled(!starting && taskModel != null && problem.isEmpty()
                && (sampler == null || samplerModel != null));
    }

    private Optional<String> seedProblem() {
        String s = seed.getText().trim();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (Long.parseLong(s) >= 0) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            // below
        }
        return Optional.of("seed '" + s + "': allowed an integer ≥ 0 (blank: a fresh seed)");
    }

    private void run() {
        if (task == null || taskModel == null || !runButton.isEnabled()) {
            return;
        }
        Map<String, String> raw = new LinkedHashMap<>(taskModel.values());
        if (samplerModel != null) {
            raw.putAll(samplerModel.values(sampler + "."));
        }
        String s = seed.getText().trim();
        RunOptions options = new RunOptions(s.isEmpty() ? null : Long.valueOf(s), task.chain() ? sampler : null, null);
        String taskId = task.id();
        starting = true;
        validateForm();
        saveMemory();
        background.act(() -> workbench.start(taskId, raw, options), run -> {
            starting = false;
            validateForm();
            started.accept(run);
        }, e -> {
            starting = false;
            validateForm();
            formError.setText(Background.describe(e));
        });
    }

    private void resetDefaults() {
        if (taskModel != null) {
            taskModel.resetDefaults();
            taskPanel.reload();
        }
        if (samplerModel != null) {
            samplerModel.resetDefaults();
            samplerPanel.reload();
        }
        validateForm();
        samplerDebounce.restart();
    }

    /** Writes the current values of the task (and of the samplers used with it) to the memory, off the event thread. */
    private void saveMemory() {
        if (task == null || taskModel == null) {
            return;
        }
        remembered.putAll(taskModel.values());
        if (sampler != null) {
            remembered.put(FormMemory.SAMPLER, sampler);
            if (samplerModel != null) {
                remembered.putAll(samplerModel.values(sampler + "."));
            }
        }
        String taskId = task.id();
        Map<String, String> values = new LinkedHashMap<>(remembered);
        background.act(() -> {
            memory.save(taskId, values);
            return null;
        }, x -> { }, Background::ignore);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
