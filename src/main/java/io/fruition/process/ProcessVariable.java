package io.fruition.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;

import io.fruition.shared.InvalidInputException;

/**
 * One process variable: its name and its type, read and written only through here (the idea of
 * holunda-io/camunda-bpm-data). {@code IdeaProcess.VOTE.from(task)} reads a vote as a {@code VoteDecision};
 * {@code IdeaProcess.BOARD_OUTCOME.on(execution).set(outcome)} writes it as the text the BPMN's gateways compare.
 * A value a person typed that cannot be read is refused with an {@link InvalidInputException} that says why.
 */
public final class ProcessVariable<T> {

    @FunctionalInterface
    interface Reader<T> {
        /** The typed value of {@code raw} (never called with null), or an exception saying what is wrong. */
        T read(Object raw, String name);
    }

    private final String name;
    private final Reader<T> reader;
    private final Function<T, Object> writer;

    private ProcessVariable(String name, Reader<T> reader, Function<T, Object> writer) {
        this.name = name;
        this.reader = reader;
        this.writer = writer;
    }

    public String name() {
        return name;
    }

    /** The value in this scope or any scope above it, or null when it is not set (or blank text). */
    public T from(VariableScope scope) {
        return read(scope.getVariable(name));
    }

    /** The value among these (a form's submitted values, a task's variables), or null. */
    public T from(Map<String, ?> values) {
        return read(values.get(name));
    }

    /** The value, or {@code otherwise} when it is not set. */
    public T from(VariableScope scope, T otherwise) {
        T value = from(scope);
        return value == null ? otherwise : value;
    }

    /** The value, which a person had to give: without it, {@code refusal} is what they are told. */
    public T required(VariableScope scope, String refusal) {
        T value = from(scope);
        if (value == null) {
            throw new InvalidInputException(refusal);
        }
        return value;
    }

    /** The value, which the process itself always sets: without it, the process is broken. */
    public T expected(VariableScope scope) {
        T value = from(scope);
        if (value == null) {
            throw new IllegalStateException("The process has no " + name + ".");
        }
        return value;
    }

    /** The value among these, which the process always sets: without it, the process is broken. */
    public T expected(Map<String, ?> values) {
        T value = from(values);
        if (value == null) {
            throw new IllegalStateException("The process has no " + name + ".");
        }
        return value;
    }

    /** Writes this variable in (or, with {@link Writer#setLocal}, only on) the given scope. */
    public Writer on(VariableScope scope) {
        return new Writer(scope);
    }

    public final class Writer {
        private final VariableScope scope;

        private Writer(VariableScope scope) {
            this.scope = scope;
        }

        public void set(T value) {
            scope.setVariable(name, value == null ? null : writer.apply(value));
        }

        public void setLocal(T value) {
            scope.setVariableLocal(name, value == null ? null : writer.apply(value));
        }
    }

    private T read(Object raw) {
        if (raw == null || (raw instanceof String text && text.isBlank())) {
            return null;
        }
        return reader.read(raw, name);
    }

    @Override
    public String toString() {
        return name;
    }

    // the kinds of variable

    static ProcessVariable<String> text(String name) {
        return new ProcessVariable<>(name, (raw, n) -> raw.toString(), value -> value);
    }

    /** An id or a count the process keeps (stored as a long). */
    static ProcessVariable<Long> number(String name) {
        return new ProcessVariable<>(name, (raw, n) -> {
            if (raw instanceof Number number) {
                return number.longValue();
            }
            try {
                return Long.parseLong(raw.toString().strip());
            } catch (NumberFormatException e) {
                throw new IllegalStateException("The process variable " + n + " is not a number: " + raw);
            }
        }, value -> value);
    }

    /** A round or a count the process keeps (stored as an int). */
    static ProcessVariable<Integer> count(String name) {
        return new ProcessVariable<>(name, (raw, n) -> number(n).reader.read(raw, n).intValue(), value -> value);
    }

    /**
     * An amount: typed in a form (form-js submits numbers as Long, Double or, from some clients, text), or set by
     * the process for a decision table, which it writes as a double, the number FEEL compares.
     */
    static ProcessVariable<BigDecimal> amount(String name) {
        return new ProcessVariable<>(name, ProcessVariable::decimal, BigDecimal::doubleValue);
    }

    /** A whole number typed in a form. */
    static ProcessVariable<Integer> wholeNumber(String name) {
        return new ProcessVariable<>(name, (raw, n) -> {
            BigDecimal value = decimal(raw, n);
            try {
                return value.intValueExact();
            } catch (ArithmeticException e) {
                throw new InvalidInputException("'" + value + "' is not a whole number (" + n + ").");
            }
        }, value -> value);
    }

    /** A yes or no: a boolean, or its text from a client that sends text. */
    static ProcessVariable<Boolean> flag(String name) {
        return new ProcessVariable<>(name, (raw, n) -> raw instanceof Boolean b ? b
                : Boolean.parseBoolean(raw.toString().strip()), value -> value);
    }

    /**
     * One of an enum's constants, stored by its name (the BPMN compares {@code ${vote == 'APPROVE'}}); a name that
     * is not one of them is refused as "not a valid choice for {@code what}".
     */
    static <E extends Enum<E>> ProcessVariable<E> choice(String name, Class<E> type, String what) {
        return new ProcessVariable<>(name, (raw, n) -> {
            try {
                return Enum.valueOf(type, raw.toString().strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("'" + raw + "' is not a valid choice for " + what + ".");
            }
        }, Enum::name);
    }

    /** A list of names (user names, ticked values), kept as a list the engine can serialize. */
    static ProcessVariable<List<String>> names(String name) {
        return new ProcessVariable<>(name, (raw, n) -> {
            if (raw instanceof Collection<?> values) {
                return values.stream().map(String::valueOf).toList();
            }
            return List.of(raw.toString());
        }, ArrayList::new);
    }

    /** A moment the process keeps (a deadline). */
    static ProcessVariable<Date> moment(String name) {
        return new ProcessVariable<>(name, (raw, n) -> {
            if (raw instanceof Date date) {
                return date;
            }
            throw new IllegalStateException("The process variable " + n + " is not a date: " + raw);
        }, value -> value);
    }

    /** A calendar day typed in a form (ISO text, as form-js' date picker submits it). */
    static ProcessVariable<LocalDate> day(String name) {
        return new ProcessVariable<>(name, (raw, n) -> {
            if (raw instanceof Date date) {
                return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
            }
            if (raw instanceof LocalDate date) {
                return date;
            }
            String text = raw.toString().strip();
            try {
                return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("'" + text + "' is not a date like 2027-03-31.");
            }
        }, value -> value.toString());
    }

    /** A value kept as the client sent it (a repeating section's rows, or their older typed form). */
    static ProcessVariable<Object> asSent(String name) {
        return new ProcessVariable<>(name, (raw, n) -> raw, value -> value);
    }

    private static BigDecimal decimal(Object raw, String name) {
        if (raw instanceof BigDecimal d) {
            return d;
        }
        if (raw instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        try {
            return new BigDecimal(raw.toString().strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("'" + raw + "' is not a number (" + name + ").");
        }
    }
}
