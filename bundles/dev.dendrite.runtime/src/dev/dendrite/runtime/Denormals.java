package dev.dendrite.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.util.Optional;

/**
 * Flushes denormal floats to zero on the threads that run ONNX Runtime sessions in Dendrite's own
 * processes (the trainer, the command line, a Spark task), so that values below 1.2e-38 cost what
 * other floats cost. On Intel cores an operation on a denormal takes a microcode assist of about a
 * hundred cycles, and training makes many: Adam's and momentum's first moment decays by 0.9 a step
 * wherever a weight's gradient is zero (MNIST's border pixels) and is denormal after about 700 steps;
 * confident softmax outputs and saturated sigmoids' slopes are too. Measured on a Xeon with AVX-512
 * (2026-12-06): the MLP with Adam 4.0-7.8k samples/s against 61-170k flushed, LeNet-5 with Adam
 * 2.9-9.4k (docs/throughput.md, "Denormal floats flushed"). PyTorch users call
 * {@code torch.set_flush_denormal(True)} for the same reason; the difference to the numbers is below
 * float32's smallest normal value.
 *
 * <p>ONNX Runtime flushes its own pool threads when a session asks ({@code session.set_denormal_as_zero}),
 * but a session with one intra-op thread, like each replica's, computes on the thread that calls it,
 * and that thread's control register is the JVM's. {@link #matchOnThisThread(boolean)} sets its flush-to-zero
 * and denormals-are-zero bits through the C library's {@code fegetenv}/{@code fesetenv} (Java 22's
 * foreign function interface, reached by reflection because the bundles compile for Java 21) on
 * x86-64 and AArch64 Linux; elsewhere, or on Java 21, only ONNX Runtime's own threads flush.
 * Java arithmetic on a flushed thread flushes too, which is why only Dendrite's own processes opt in
 * ({@link #flushInThisProcess()}), never the workbench.
 */
public final class Denormals {

    /** The {@code --session-options} key that keeps denormals ({@code keep}) or flushes them ({@code flush}, the default where enabled). */
    static final String KEY = "denormals";

    private static volatile boolean enabled;
    private static volatile float smallestNormal = Float.MIN_NORMAL;

    private Denormals() {
    }

    /** Makes every session this process opens, and the threads that open and run them, flush denormals. */
    public static void flushInThisProcess() {
        enabled = true;
    }

    /** Undoes {@link #flushInThisProcess()} for sessions opened from now on (tests share one process). */
    static void keepInThisProcess() {
        enabled = false;
    }

    /** Whether sessions opened with {@code sessionOptions} flush: the process opted in and they do not say {@code denormals=keep}. */
    static boolean wanted(String sessionOptions) {
        return enabled && !"keep".equals(SessionTuning.parse(sessionOptions).get(KEY));
    }

    /** Sets the opening thread as a session with {@code sessionOptions} wants it; threads of a process that did not opt in are left alone. */
    static void applyForSession(String sessionOptions) {
        if (enabled) {
            matchOnThisThread(wanted(sessionOptions));
        }
    }

    /**
     * Sets or clears flush-to-zero on the calling thread, where the platform allows it (a thread that
     * runs a session opened on another thread calls this with {@link #threadFlushes()} read there).
     *
     * @return whether the calling thread now flushes denormals
     */
    public static boolean matchOnThisThread(boolean flush) {
        if (threadFlushes() != flush) {
            FloatingPointControl.INSTANCE.ifPresent(control -> control.set(flush));
        }
        return threadFlushes();
    }

    /** Whether arithmetic on the calling thread flushes denormal results to zero (measured, not remembered). */
    public static boolean threadFlushes() {
        // A volatile read, so the product is computed here and not folded by the compiler.
        return smallestNormal * 0.5f == 0f;
    }

    /** How sessions opened with {@code sessionOptions} treat denormals: {@code flushed}, {@code kept} or {@code flushed on ONNX Runtime's threads}. */
    public static String describe(String sessionOptions) {
        if (!wanted(sessionOptions)) {
            return "kept";
        }
        return settableOnThreads() ? "flushed" : "flushed on ONNX Runtime's threads";
    }

    /** Whether this platform lets Dendrite set the calling thread's flush-to-zero bits. */
    public static boolean settableOnThreads() {
        return FloatingPointControl.INSTANCE.isPresent();
    }

    /** The C library's floating-point environment of the calling thread, through the foreign function interface. */
    private static final class FloatingPointControl {

        static final Optional<FloatingPointControl> INSTANCE = find();

        private final MethodHandle getEnvironment;
        private final MethodHandle setEnvironment;
        private final Object arena;
        private final MethodHandle allocate;
        private final MethodHandle getInt;
        private final MethodHandle setInt;
        private final Object intLayout;
        /** Where the control word lies in {@code fenv_t} and which bits flush. */
        private final long offset;
        private final int bits;

        private FloatingPointControl(MethodHandle get, MethodHandle set, Object arena, MethodHandle allocate, MethodHandle getInt,
                MethodHandle setInt, Object intLayout, long offset, int bits) {
            this.getEnvironment = get;
            this.setEnvironment = set;
            this.arena = arena;
            this.allocate = allocate;
            this.getInt = getInt;
            this.setInt = setInt;
            this.intLayout = intLayout;
            this.offset = offset;
            this.bits = bits;
        }

        void set(boolean flush) {
            try {
                // fenv_t is 32 bytes on x86-64 glibc, 8 on AArch64; 64 covers both.
                Object environment = allocate.invoke(arena, 64L);
                if ((int) getEnvironment.invoke(environment) != 0) {
                    return;
                }
                int word = (int) getInt.invoke(environment, intLayout, offset);
                setInt.invoke(environment, intLayout, offset, flush ? word | bits : word & ~bits);
                setEnvironment.invoke(environment);
            } catch (Throwable notSet) {
                // The thread keeps denormals: slower on some cores, never wrong.
            }
        }

        private static Optional<FloatingPointControl> find() {
            String os = System.getProperty("os.name", "");
            String arch = System.getProperty("os.arch", "");
            if (!os.equals("Linux") || Runtime.version().feature() < 22) {
                return Optional.empty();
            }
            long offset;
            int bits;
            if (arch.equals("amd64") || arch.equals("x86_64")) {
                // glibc's fenv_t: the x87 environment (28 bytes), then MXCSR; FTZ is bit 15, DAZ bit 6.
                offset = 28;
                bits = 0x8040;
            } else if (arch.equals("aarch64")) {
                // glibc's fenv_t: FPCR, then FPSR; FZ is FPCR's bit 24.
                offset = 0;
                bits = 1 << 24;
            } else {
                return Optional.empty();
            }
            try {
                Class<?> linkerType = Class.forName("java.lang.foreign.Linker");
                Class<?> lookupType = Class.forName("java.lang.foreign.SymbolLookup");
                Class<?> segmentType = Class.forName("java.lang.foreign.MemorySegment");
                Class<?> layoutType = Class.forName("java.lang.foreign.MemoryLayout");
                Class<?> valueLayoutType = Class.forName("java.lang.foreign.ValueLayout");
                Class<?> intLayoutType = Class.forName("java.lang.foreign.ValueLayout$OfInt");
                Class<?> descriptorType = Class.forName("java.lang.foreign.FunctionDescriptor");
                Class<?> optionType = Class.forName("java.lang.foreign.Linker$Option");
                Class<?> arenaType = Class.forName("java.lang.foreign.Arena");
                Class<?> allocatorType = Class.forName("java.lang.foreign.SegmentAllocator");
                var lookup = java.lang.invoke.MethodHandles.publicLookup();

                Object linker = linkerType.getMethod("nativeLinker").invoke(null);
                Object symbols = linkerType.getMethod("defaultLookup").invoke(linker);
                Object intLayout = valueLayoutType.getField("JAVA_INT").get(null);
                Object address = valueLayoutType.getField("ADDRESS").get(null);
                Object arguments = Array.newInstance(layoutType, 1);
                Array.set(arguments, 0, address);
                Object descriptor = descriptorType.getMethod("of", layoutType, arguments.getClass()).invoke(null, intLayout, arguments);
                Object noOptions = Array.newInstance(optionType, 0);
                var downcall = linkerType.getMethod("downcallHandle", segmentType, descriptorType, noOptions.getClass());
                MethodHandle[] handles = new MethodHandle[2];
                String[] names = { "fegetenv", "fesetenv" };
                for (int i = 0; i < names.length; i++) {
                    Optional<?> symbol = (Optional<?>) lookupType.getMethod("find", String.class).invoke(symbols, names[i]);
                    if (symbol.isEmpty()) {
                        return Optional.empty();
                    }
                    MethodHandle handle = (MethodHandle) downcall.invoke(linker, symbol.get(), descriptor, noOptions);
                    handles[i] = handle.asType(java.lang.invoke.MethodType.methodType(int.class, Object.class));
                }
                Object arena = arenaType.getMethod("ofAuto").invoke(null);
                MethodHandle allocate = lookup.unreflect(allocatorType.getMethod("allocate", long.class))
                        .asType(java.lang.invoke.MethodType.methodType(Object.class, Object.class, long.class));
                MethodHandle getInt = lookup.unreflect(segmentType.getMethod("get", intLayoutType, long.class))
                        .asType(java.lang.invoke.MethodType.methodType(int.class, Object.class, Object.class, long.class));
                MethodHandle setInt = lookup.unreflect(segmentType.getMethod("set", intLayoutType, long.class, int.class))
                        .asType(java.lang.invoke.MethodType.methodType(void.class, Object.class, Object.class, long.class, int.class));
                return Optional.of(new FloatingPointControl(handles[0], handles[1], arena, allocate, getInt, setInt, intLayout, offset, bits));
            } catch (ReflectiveOperationException | RuntimeException | LinkageError unavailable) {
                return Optional.empty();
            }
        }
    }
}
