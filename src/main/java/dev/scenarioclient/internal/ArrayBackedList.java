package dev.scenarioclient.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The unmodifiable list the parser returns for the elements it read into an array: that array,
 * without a copy and without a second wrapper. Lists that keep their elements in another form (a
 * number's text, a frozen tree) say how an element is read in {@link #fromStored}.
 */
class ArrayBackedList<E> extends AbstractList<E> implements RandomAccess {
  private final @Nullable Object[] stored;
  private final int size;

  /** Takes over {@code stored}, which nothing else may reference. */
  ArrayBackedList(@Nullable Object[] stored, int size) {
    this.stored = stored;
    this.size = size;
  }

  /** Returns the element kept as {@code stored}; this list keeps every element as it is. */
  @SuppressWarnings({"unchecked", "NullAway"}) // a null element of a list whose contract allows them
  E fromStored(@Nullable Object stored) {
    return (E) stored;
  }

  @Override
  public final E get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
    }
    return fromStored(stored[index]);
  }

  @Override
  public final int size() {
    return size;
  }

  /** The elements as kept, which equality, hashing and writing use. */
  final List<@Nullable Object> stored() {
    return Arrays.asList(stored).subList(0, size);
  }
}
