package org.factdesk.guard.internal;

import java.nio.charset.StandardCharsets;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites a class's calls that would end or fork the process into calls of {@link org.factdesk.guard.Trap}:
 * direct calls, method references ({@code Runtime.getRuntime()::halt}) and method-handle constants.
 * Each replacement takes the same operands and returns the same type, so stack sizes and frames stay valid.
 */
final class ProcessCalls {

    static final String TRAP = "org/factdesk/guard/Trap";
    private static final byte[][] MARKERS = {bytes("java/lang/System"), bytes("java/lang/Runtime"), bytes("java/lang/ProcessBuilder")};

    private ProcessCalls() {
    }

    /** The class rewritten, or null when it makes none of the guarded calls (the common case, decided cheaply). */
    static byte[] rewrite(byte[] classFile) {
        if (!mentionsAny(classFile)) {
            return null;
        }
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        int[] replaced = {0};
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean isInterface) {
                        String trap = trapDescriptor(opcode, owner, method, desc);
                        if (trap != null) {
                            replaced[0]++;
                            super.visitMethodInsn(Opcodes.INVOKESTATIC, TRAP, method, trap, false);
                        } else {
                            super.visitMethodInsn(opcode, owner, method, desc, isInterface);
                        }
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String name, String desc, Handle bootstrap, Object... args) {
                        Object[] mapped = args.clone();
                        for (int i = 0; i < mapped.length; i++) {
                            mapped[i] = constant(mapped[i], replaced);
                        }
                        super.visitInvokeDynamicInsn(name, desc, bootstrap, mapped);
                    }

                    @Override
                    public void visitLdcInsn(Object value) {
                        super.visitLdcInsn(constant(value, replaced));
                    }
                };
            }
        }, 0);
        return replaced[0] == 0 ? null : writer.toByteArray();
    }

    /** The descriptor of the trap standing in for this call, or null if the call is not guarded. */
    static String trapDescriptor(int opcode, String owner, String method, String desc) {
        boolean virtual = opcode == Opcodes.INVOKEVIRTUAL || opcode == Opcodes.H_INVOKEVIRTUAL;
        boolean isStatic = opcode == Opcodes.INVOKESTATIC || opcode == Opcodes.H_INVOKESTATIC;
        switch (owner) {
            case "java/lang/System":
                return isStatic && method.equals("exit") ? desc : null;
            case "java/lang/Runtime":
                return virtual && (method.equals("exit") || method.equals("halt") || method.equals("exec"))
                        ? "(Ljava/lang/Runtime;" + desc.substring(1) : null;
            case "java/lang/ProcessBuilder":
                if (virtual && method.equals("start")) {
                    return "(Ljava/lang/ProcessBuilder;)Ljava/lang/Process;";
                }
                return isStatic && method.equals("startPipeline") ? desc : null;
            default:
                return null;
        }
    }

    private static Object constant(Object value, int[] replaced) {
        if (value instanceof Handle h) {
            String trap = trapDescriptor(h.getTag(), h.getOwner(), h.getName(), h.getDesc());
            if (trap != null) {
                replaced[0]++;
                return new Handle(Opcodes.H_INVOKESTATIC, TRAP, h.getName(), trap, false);
            }
        }
        return value;
    }

    private static boolean mentionsAny(byte[] classFile) {
        for (byte[] marker : MARKERS) {
            if (indexOf(classFile, marker) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] data, byte[] marker) {
        outer:
        for (int i = 0; i <= data.length - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (data[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
