package cn.warmledger.service.bench;

import java.util.Locale;

/**
 * One measured figure: its name, value and unit, and for a paired figure the ratio of the app's value to
 * the bare-library run's (null otherwise). {@link #line()} is the tab-separated output line.
 */
public record BenchFigure(String name, double value, String unit, Double ratio) {
    public String line() {
        String v = String.format(Locale.ROOT, "%.2f", value);
        return ratio == null ? String.join("\t", name, v, unit)
                : String.join("\t", name, v, unit, String.format(Locale.ROOT, "%.2f", ratio));
    }
}
