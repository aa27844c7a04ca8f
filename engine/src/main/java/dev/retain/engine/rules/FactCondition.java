package dev.retain.engine.rules;

import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;

/**
 * One boolean CEL condition over a customer's {@link Facts}, outside a rules file: an offer's
 * eligibility, a campaign's target. Type-checked like the warning rules, so a typo in a fact's name
 * or a condition that is not boolean is refused when it is saved, never when it runs.
 */
public final class FactCondition {

    private static final CelCompiler COMPILER;
    private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder().build();

    static {
        CelCompilerBuilder builder = CelCompilerFactory.standardCelCompilerBuilder().setResultType(SimpleType.BOOL);
        FactNames.TYPES.forEach(builder::addVar);
        COMPILER = builder.build();
    }

    private final String expression;
    private final CelRuntime.Program program;

    private FactCondition(String expression, CelRuntime.Program program) {
        this.expression = expression;
        this.program = program;
    }

    /** Compiles and type-checks the condition; a blank one is refused (say {@code true} to mean everyone). */
    public static FactCondition compile(String expression) {
        if (expression == null || expression.isBlank()) throw new FactConditionException("the condition is empty (write true for everyone)");
        CelValidationResult result = COMPILER.compile(expression.trim());
        if (result.hasError()) throw new FactConditionException(result.getErrorString());
        try {
            return new FactCondition(expression.trim(), RUNTIME.createProgram(result.getAst()));
        } catch (CelValidationException | CelEvaluationException e) {
            throw new FactConditionException(e.getMessage());
        }
    }

    /** Whether the customer's facts meet the condition; an evaluation error (a division by zero) counts as not met. */
    public boolean test(Facts facts) {
        try {
            return Boolean.TRUE.equals(program.eval(facts));
        } catch (CelEvaluationException e) {
            return false;
        }
    }

    public String expression() {
        return expression;
    }
}
