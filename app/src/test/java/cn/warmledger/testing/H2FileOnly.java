package cn.warmledger.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A test (class) of something only the local H2 file has — encryption at rest, the backup zip, the password change,
 * the file swap: skipped, with {@link #value() the reason} printed, when the suites run on PostgreSQL
 * ({@link TestDatabases#onPostgres()}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(H2FileOnly.Condition.class)
public @interface H2FileOnly {
    /** Why it holds for the H2 file only. */
    String value();

    /** Disables the annotated test on PostgreSQL. */
    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (!TestDatabases.onPostgres()) {
                return ConditionEvaluationResult.enabled("H2 file");
            }
            return context.getElement()
                    .flatMap(e -> AnnotationSupport.findAnnotation(e, H2FileOnly.class))
                    .map(a -> {
                        System.out.println("[PostgreSQL] skipped " + context.getDisplayName() + ": H2 file only — "
                                + a.value());
                        return ConditionEvaluationResult.disabled("H2 file only: " + a.value());
                    })
                    .orElse(ConditionEvaluationResult.enabled("not marked"));
        }
    }
}
