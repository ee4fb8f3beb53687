package dev.dendrite.launching.ui.internal;

/**
 * How the Training Monitor's six charts share its area: two columns (three rows), three columns
 * (two rows) or one row of six, whichever leaves each plot the most room at a readable shape
 * once titles, legends and axes are drawn. In the workbench's bottom panel (wide and short) two
 * columns had squeezed every plot to a strip.
 */
public record ChartGrid(int columns, int rows) {

    /** Width over height at which a line chart with its axes and legend reads best. */
    public static final double ASPECT = 1.6;

    private static final ChartGrid[] CHOICES = {new ChartGrid(2, 3), new ChartGrid(3, 2), new ChartGrid(6, 1)};

    /** The arrangement for an area of {@code width} × {@code height} pixels; ties go to fewer columns. */
    public static ChartGrid forArea(int width, int height) {
        ChartGrid best = CHOICES[0];
        for (ChartGrid choice : CHOICES) {
            if (choice.room(width, height) > best.room(width, height)) {
                best = choice;
            }
        }
        return best;
    }

    /** Pixels of a chart that are not plot: the title, the legend and the x axis; the y axis. */
    static final int CHROME_HEIGHT = 110;
    static final int CHROME_WIDTH = 70;

    /** The size of a chart's plot, as the smaller of its width and its height scaled to {@link #ASPECT}. */
    public double room(int width, int height) {
        return Math.min((double) width / columns - CHROME_WIDTH, ASPECT * ((double) height / rows - CHROME_HEIGHT));
    }
}
