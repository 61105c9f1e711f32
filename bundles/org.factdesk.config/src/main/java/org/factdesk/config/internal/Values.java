package org.factdesk.config.internal;

import java.util.List;
import java.util.Locale;

import org.factdesk.api.config.Setting;
import org.factdesk.api.config.SettingsException;
import org.osgi.service.metatype.AttributeDefinition;

/** Turns the text a user typed into a setting's typed value, or says which rule it breaks. */
final class Values {

    private Values() {
    }

    static String typeName(int type) {
        return switch (type) {
            case AttributeDefinition.LONG -> "Long";
            case AttributeDefinition.INTEGER -> "Integer";
            case AttributeDefinition.SHORT -> "Short";
            case AttributeDefinition.BYTE -> "Byte";
            case AttributeDefinition.DOUBLE -> "Double";
            case AttributeDefinition.FLOAT -> "Float";
            case AttributeDefinition.BOOLEAN -> "Boolean";
            case AttributeDefinition.CHARACTER -> "Character";
            case AttributeDefinition.PASSWORD -> "Password";
            default -> "String";
        };
    }

    /** A stored value (single, array or collection) as the texts a user would type. */
    static List<String> texts(Object value) {
        if (value instanceof Object[] a) {
            return java.util.Arrays.stream(a).map(String::valueOf).toList();
        }
        if (value instanceof java.util.Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        if (value != null && value.getClass().isArray()) {
            List<String> out = new java.util.ArrayList<>();
            for (int i = 0; i < java.lang.reflect.Array.getLength(value); i++) {
                out.add(String.valueOf(java.lang.reflect.Array.get(value, i)));
            }
            return out;
        }
        return List.of(String.valueOf(value));
    }

    /**
     * @param ad the Metatype definition, for its own validation (minimum, maximum); may be null
     * @return a single value, or an array for a list setting
     */
    static Object typed(String pid, Setting s, List<String> texts, AttributeDefinition ad) throws SettingsException {
        String where = pid + ": " + s.id();
        if (!s.multiple() && texts.size() != 1) {
            throw new SettingsException(where + " takes one value, not " + texts.size());
        }
        if (s.cardinality() > 0 && s.cardinality() != Integer.MAX_VALUE && texts.size() > s.cardinality()) {
            throw new SettingsException(where + " takes at most " + s.cardinality() + " values, not " + texts.size());
        }
        Object[] out = switch (s.type()) {
            case "Long" -> new Long[texts.size()];
            case "Integer" -> new Integer[texts.size()];
            case "Short" -> new Short[texts.size()];
            case "Byte" -> new Byte[texts.size()];
            case "Double" -> new Double[texts.size()];
            case "Float" -> new Float[texts.size()];
            case "Boolean" -> new Boolean[texts.size()];
            case "Character" -> new Character[texts.size()];
            default -> new String[texts.size()];
        };
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            if (!s.options().isEmpty() && !s.options().contains(t)) {
                throw new SettingsException(where + ": \"" + t + "\" is not one of " + String.join(", ", s.options()));
            }
            out[i] = parse(where, s.type(), t);
            String problem = ad == null ? null : ad.validate(t);
            if (problem != null && !problem.isEmpty()) {
                throw new SettingsException(where + ": \"" + t + "\" " + rule(problem, s));
            }
        }
        return s.multiple() ? out : out[0];
    }

    private static Object parse(String where, String type, String t) throws SettingsException {
        try {
            return switch (type) {
                case "Long" -> Long.valueOf(t.strip());
                case "Integer" -> Integer.valueOf(t.strip());
                case "Short" -> Short.valueOf(t.strip());
                case "Byte" -> Byte.valueOf(t.strip());
                case "Double" -> finite(Double.valueOf(t.strip()));
                case "Float" -> Float.valueOf(t.strip());
                case "Boolean" -> switch (t.strip().toLowerCase(Locale.ROOT)) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new NumberFormatException();
                };
                case "Character" -> {
                    if (t.length() != 1) {
                        throw new NumberFormatException();
                    }
                    yield t.charAt(0);
                }
                default -> t;
            };
        } catch (NumberFormatException e) {
            throw new SettingsException(where + ": \"" + t + "\" is not " + switch (type) {
                case "Long", "Integer", "Short", "Byte" -> "a whole number (" + type + ")";
                case "Double", "Float" -> "a number (" + type + ")";
                case "Boolean" -> "true or false";
                case "Character" -> "a single character";
                default -> "valid";
            });
        }
    }

    private static Double finite(Double d) {
        if (d.isNaN() || d.isInfinite()) {
            throw new NumberFormatException();
        }
        return d;
    }

    /** Felix Metatype's validation messages, in words. */
    private static String rule(String problem, Setting s) {
        return switch (problem.replaceFirst("^%", "")) {
            case "greater than maximum" -> "is above the maximum this setting allows";
            case "less than minimum" -> "is below the minimum this setting allows";
            case "not a valid option" -> "is not one of " + String.join(", ", s.options());
            case "missing required value" -> "is empty, and a value is required";
            case "invalid value" -> "is not a valid " + s.type();
            default -> "breaks the setting's rule: " + problem.replaceFirst("^%", "");
        };
    }
}
