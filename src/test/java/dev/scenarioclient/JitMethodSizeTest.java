package dev.scenarioclient;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scenarioclient.models.ListModelExamplesResponse;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * HotSpot never compiles a method of more than 8,000 bytes of bytecode ({@code HugeMethodLimit}):
 * such a method runs in the interpreter for the life of the JVM. The generated adapters give every
 * field a method of its own, but some methods still grow with a model's fields ({@code equals},
 * about 15 bytes a field, would cross the limit near 530): this test is what notices.
 */
class JitMethodSizeTest {
  private static final int HUGE_METHOD_LIMIT = 8000;

  @Test
  void noCompiledMethodIsTooLargeForTheJit() throws IOException {
    Map<String, Integer> sizes = bytecodeSizes(classesDirectory());

    List<String> tooLarge = new ArrayList<>();
    sizes.forEach((method, size) -> {
      // A class initializer runs once, interpreted or not.
      if (size > HUGE_METHOD_LIMIT && !method.contains(".<clinit>(")) {
        tooLarge.add(method + ": " + size + " bytes");
      }
    });
    assertThat(sizes)
        .as("methods read from the compiled classes (the generated models' adapters among them)")
        .containsKey("dev/scenarioclient/models/ListModelExamplesResponse$GsonAdapter"
            + ".read(Lcom/google/gson/stream/JsonReader;)Ldev/scenarioclient/models/ListModelExamplesResponse;");
    assertThat(tooLarge)
        .as("methods over HotSpot's HugeMethodLimit of %d bytes of bytecode, which it never compiles",
            HUGE_METHOD_LIMIT)
        .isEmpty();
  }

  private static Path classesDirectory() {
    try {
      return Paths.get(
          ListModelExamplesResponse.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every method with code under {@code root}, as {@code class.name(descriptor)}, to its bytecode length. */
  private static Map<String, Integer> bytecodeSizes(Path root) throws IOException {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    List<Path> classFiles;
    try (Stream<Path> files = Files.walk(root)) {
      classFiles =
          files.filter(file -> file.toString().endsWith(".class")).sorted().collect(Collectors.toList());
    }
    for (Path classFile : classFiles) {
      try (InputStream in = Files.newInputStream(classFile)) {
        readMethods(new DataInputStream(in), sizes);
      }
    }
    return sizes;
  }

  /** Reads a class file (JVMS chapter 4) as far as its methods' {@code Code} attributes. */
  private static void readMethods(DataInputStream in, Map<String, Integer> sizes) throws IOException {
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort(); // minor version
    in.readUnsignedShort(); // major version
    int constants = in.readUnsignedShort();
    String[] utf8 = new String[constants];
    int[] classNames = new int[constants];
    for (int i = 1; i < constants; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1: // Utf8
          utf8[i] = in.readUTF();
          break;
        case 7: // Class
          classNames[i] = in.readUnsignedShort();
          break;
        case 8: case 16: case 19: case 20: // String, MethodType, Module, Package
          in.readUnsignedShort();
          break;
        case 15: // MethodHandle
          in.readUnsignedByte();
          in.readUnsignedShort();
          break;
        case 3: case 4: case 9: case 10: case 11: case 12: case 17: case 18:
          in.readInt();
          break;
        case 5: case 6: // Long, Double: two entries
          in.readLong();
          i++;
          break;
        default:
          throw new IOException("unknown constant pool tag " + tag);
      }
    }
    in.readUnsignedShort(); // access flags
    String className = utf8[classNames[in.readUnsignedShort()]];
    in.readUnsignedShort(); // super class
    skip(in, 2 * in.readUnsignedShort()); // interfaces
    int fields = in.readUnsignedShort();
    for (int i = 0; i < fields; i++) {
      skip(in, 6); // access flags, name, descriptor
      skipAttributes(in);
    }
    int methods = in.readUnsignedShort();
    for (int i = 0; i < methods; i++) {
      in.readUnsignedShort(); // access flags
      String name = utf8[in.readUnsignedShort()];
      String descriptor = utf8[in.readUnsignedShort()];
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        String attribute = utf8[in.readUnsignedShort()];
        int length = in.readInt();
        if (attribute.equals("Code")) {
          skip(in, 4); // max stack, max locals
          int codeLength = in.readInt();
          sizes.put(className + "." + name + descriptor, codeLength);
          skip(in, length - 8);
        } else {
          skip(in, length);
        }
      }
    }
  }

  private static void skip(DataInputStream in, int bytes) throws IOException {
    in.readFully(new byte[bytes]); // skipBytes may skip fewer
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attributes = in.readUnsignedShort();
    for (int a = 0; a < attributes; a++) {
      in.readUnsignedShort();
      skip(in, in.readInt());
    }
  }
}
