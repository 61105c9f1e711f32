package org.factdesk.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.factdesk.api.config.Setting;
import org.factdesk.api.config.SettingsException;
import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.AttributeDefinition;

class ValuesTest {

    static Setting setting(String type, int cardinality, String... options) {
        return new Setting("key", "Key", "", type, cardinality, List.of(), List.of(options));
    }

    /** A Metatype definition whose own validation answers with Felix's message for values above 10. */
    static AttributeDefinition upTo10() {
        return (AttributeDefinition) java.lang.reflect.Proxy.newProxyInstance(ValuesTest.class.getClassLoader(),
                new Class<?>[] {AttributeDefinition.class}, (p, m, a) -> m.getName().equals("validate")
                        ? (Long.parseLong((String) a[0]) > 10 ? "%greater than maximum" : "") : null);
    }

    @Test
    void textsBecomeTheSettingsTypeSingleOrList() throws Exception {
        assertThat(Values.typed("p", setting("Integer", 0), List.of("3"), null)).isEqualTo(3);
        assertThat(Values.typed("p", setting("Long", 0), List.of(" 20000 "), null)).isEqualTo(20000L);
        assertThat(Values.typed("p", setting("Boolean", 0), List.of("TRUE"), null)).isEqualTo(true);
        assertThat(Values.typed("p", setting("Double", 0), List.of("0.25"), null)).isEqualTo(0.25);
        assertThat((String[]) Values.typed("p", setting("String", Integer.MAX_VALUE), List.of("a.csv", "b, c.csv"), null))
                .containsExactly("a.csv", "b, c.csv");
    }

    @Test
    void aValueThatBreaksItsRuleIsRefusedNamingTheRule() {
        assertThatThrownBy(() -> Values.typed("org.x", setting("Integer", 0), List.of("many"), null))
                .isInstanceOf(SettingsException.class).hasMessage("org.x: key: \"many\" is not a whole number (Integer)");
        assertThatThrownBy(() -> Values.typed("org.x", setting("Boolean", 0), List.of("yes"), null)).hasMessageContaining("is not true or false");
        assertThatThrownBy(() -> Values.typed("org.x", setting("Double", 0), List.of("NaN"), null)).hasMessageContaining("is not a number");
        assertThatThrownBy(() -> Values.typed("org.x", setting("String", 0, "fast", "slow"), List.of("quick"), null))
                .hasMessageContaining("\"quick\" is not one of fast, slow");
        assertThatThrownBy(() -> Values.typed("org.x", setting("Long", 0), List.of("11"), upTo10()))
                .hasMessage("org.x: key: \"11\" is above the maximum this setting allows");
        assertThatThrownBy(() -> Values.typed("org.x", setting("Long", 0), List.of("1", "2"), null)).hasMessageContaining("takes one value, not 2");
        assertThatThrownBy(() -> Values.typed("org.x", setting("String", 2), List.of("1", "2", "3"), null)).hasMessageContaining("at most 2 values");
    }

    @Test
    void storedValuesReadBackAsTheTextsAUserWouldType() {
        assertThat(Values.texts(new String[] {"a", "b"})).containsExactly("a", "b");
        assertThat(Values.texts(new long[] {1, 2})).containsExactly("1", "2");
        assertThat(Values.texts(List.of(true))).containsExactly("true");
        assertThat(Values.texts(0.5)).containsExactly("0.5");
    }
}
