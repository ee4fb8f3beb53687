package dev.dendrite.ui.internal;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.dendrite.ui.DendriteUi;

/** The widgets of the Dendrite Runtime view: a property table and a button to run the checks again. */
final class RuntimeComposite extends Composite {

    /** The rows, in display order. */
    enum Row {
        DENDRITE("Dendrite"), ORT("ONNX Runtime"), PROVIDERS("Execution providers"), JAVA("Java"),
        SESSIONS("Workbench sessions"), CPU("CPU self-check"), CUDA("CUDA"), BLOCKED("Blocked convolutions");

        final String label;

        Row(String label) {
            this.label = label;
        }
    }

    private final Table table;
    private final Map<Row, TableItem> items = new EnumMap<>(Row.class);

    RuntimeComposite(Composite parent, Runnable rerun) {
        super(parent, SWT.NONE);
        // The button beside the title, not under the table: in the perspective's bottom stack every row then shows.
        setLayout(new GridLayout(2, false));
        Label title = new Label(this, SWT.NONE);
        title.setText("ONNX Runtime as Dendrite's workbench uses it (trainers run in their own process)");
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button again = new Button(this, SWT.PUSH);
        again.setText("Run Checks Again");
        again.addListener(SWT.Selection, event -> rerun.run());
        table = new Table(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        column("Property", 180);
        column("Value", 640);
        for (Row row : Row.values()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(0, row.label);
            items.put(row, item);
        }
        show(Row.DENDRITE, DendriteUi.version());
        show(Row.JAVA, Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
        show(Row.SESSIONS, "CPU, automatic threads, spinning off (keeps the IDE responsive)");
    }

    private void column(String name, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(name);
        column.setWidth(width);
    }

    void showPending() {
        for (Row row : new Row[] {Row.ORT, Row.PROVIDERS, Row.CPU, Row.CUDA, Row.BLOCKED}) {
            show(row, "checking...");
        }
    }

    void show(Row row, String value) {
        items.get(row).setText(1, value);
    }

    /** Updates a row from any thread; ignored once the view is closed. */
    void showAsync(Row row, String value) {
        if (isDisposed()) {
            return;
        }
        getDisplay().asyncExec(() -> {
            if (!isDisposed()) {
                show(row, value);
            }
        });
    }

    String valueOf(Row row) {
        return items.get(row).getText(1);
    }

    @Override
    public boolean setFocus() {
        return table.setFocus();
    }
}
