package dev.pms.platform.jdbc;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps rows to a record by its components' names ({@code createdAt} reads column {@code created_at}), finding
 * the columns once per result set and reading each by its position. Spring's SimplePropertyRowMapper and
 * DataClassRowMapper try a component's own name first and catch the driver's SQLException when there is no
 * such column, and PgJDBC cannot read an Instant with getObject: on PostgreSQL that made two exceptions, each
 * with a stack trace, for every camelCase or Instant column of every row.
 * One instance serves one query: use {@code .query(RecordMapper.of(Import.class))}.
 */
public final class RecordMapper<T extends Record> implements RowMapper<T> {
    private static final Map<Class<?>, Shape<?>> SHAPES = new ConcurrentHashMap<>();
    private final Shape<T> shape;
    private ResultSet positionsOf;
    private int[] positions;

    private RecordMapper(Shape<T> shape) {
        this.shape = shape;
    }

    @SuppressWarnings("unchecked")
    public static <T extends Record> RecordMapper<T> of(Class<T> type) {
        return new RecordMapper<>((Shape<T>) SHAPES.computeIfAbsent(type, t -> new Shape<>(type)));
    }

    @Override
    public T mapRow(ResultSet rs, int rowNum) throws SQLException {
        if (rs != positionsOf) {
            positions = shape.positions(rs.getMetaData());
            positionsOf = rs;
        }
        Object[] values = new Object[positions.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = read(rs, positions[i], shape.types[i]);
        }
        return shape.create(values);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object read(ResultSet rs, int column, Class<?> type) throws SQLException {
        if (type == String.class) {
            return rs.getString(column);
        } else if (type == UUID.class) {
            return rs.getObject(column, UUID.class);
        } else if (type == Instant.class) {
            OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
            return at == null ? null : at.toInstant();
        } else if (type == LocalDate.class) {
            return rs.getObject(column, LocalDate.class);
        } else if (type == int.class) {
            return rs.getInt(column);
        } else if (type == long.class) {
            return rs.getLong(column);
        } else if (type == boolean.class) {
            return rs.getBoolean(column);
        } else if (type == double.class) {
            return rs.getDouble(column);
        } else if (type == List.class) {
            // a text[] column, as a list of its texts
            java.sql.Array array = rs.getArray(column);
            return array == null ? List.of() : List.of((Object[]) array.getArray());
        } else if (type.isEnum()) {
            String name = rs.getString(column);
            return name == null ? null : Enum.valueOf((Class<? extends Enum>) type, name);
        }
        return rs.getObject(column, type);
    }

    /** What is known of a record type once: its constructor, component types and column names. */
    private static final class Shape<T extends Record> {
        private final Class<T> type;
        private final Constructor<T> constructor;
        private final Class<?>[] types;
        private final String[] columns;
        /** One entry per statement that reads this record (their column lists); never changed once stored. */
        private final Map<List<String>, int[]> positionsByLabels = new ConcurrentHashMap<>();

        Shape(Class<T> type) {
            RecordComponent[] components = type.getRecordComponents();
            this.type = type;
            this.types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            this.columns = Arrays.stream(components).map(c -> JdbcUtils.convertPropertyNameToUnderscoreName(c.getName())).toArray(String[]::new);
            try {
                this.constructor = type.getDeclaredConstructor(types);
                this.constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }

        /**
         * Where each component's column is in a result set with these column labels. Known after the first result set
         * of each statement, whose labels come again with every run: finding them anew took 1.4 % of the CPU time of
         * an API call that reads one row.
         */
        int[] positions(ResultSetMetaData meta) throws SQLException {
            String[] labels = new String[meta.getColumnCount()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = meta.getColumnLabel(i + 1);
            }
            return positionsByLabels.computeIfAbsent(List.of(labels), this::positionsOf);
        }

        private int[] positionsOf(List<String> labels) {
            Map<String, Integer> byLabel = new HashMap<>();
            for (int i = labels.size(); i >= 1; i--) {
                byLabel.put(labels.get(i - 1).toLowerCase(Locale.ROOT), i);
            }
            int[] positions = new int[columns.length];
            for (int i = 0; i < columns.length; i++) {
                Integer position = byLabel.get(columns[i]);
                if (position == null) {
                    throw new IllegalStateException("The query for " + type.getSimpleName() + " has no column " + columns[i]);
                }
                positions[i] = position;
            }
            return positions;
        }

        T create(Object[] values) {
            try {
                return constructor.newInstance(values);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Could not make a " + type.getSimpleName() + " of a row", e);
            }
        }

    }
}
