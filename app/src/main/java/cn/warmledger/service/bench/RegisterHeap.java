package cn.warmledger.service.bench;

import java.util.List;
import java.util.function.Consumer;

import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.service.app.AppContext;

/** The heap the whole register takes while the table holds its rows (heap_register_mb). */
final class RegisterHeap {
    private RegisterHeap() {
    }

    /**
     * The whole process's heap in use after full collections while the register's rows are held, as the
     * table's model holds them (H2's page cache included).
     */
    static void measure(AppContext ctx, Consumer<BenchFigure> emit) {
        Runtime rt = Runtime.getRuntime();
        List<RecipientSummary> register = ctx.recipients().search(RecipientQuery.all());
        settle();
        long after = rt.totalMemory() - rt.freeMemory();
        emit.accept(new BenchFigure("heap_register_mb", after / BenchService.MB, "MB", null));
        emit.accept(new BenchFigure("register_rows", register.size(), "rows", null));
    }

    /** Asks for full collections until the heap in use stops shrinking (System.gc() is only a request). */
    private static void settle() {
        Runtime rt = Runtime.getRuntime();
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long used = rt.totalMemory() - rt.freeMemory();
            if (used >= last) {
                return;
            }
            last = used;
        }
    }
}
