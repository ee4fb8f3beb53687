package dev.dendrite.spark;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import dev.dendrite.train.run.Collective;

/**
 * The workers' averaging over plain TCP: worker 0 is the hub, every other worker holds one
 * connection to it, sends its values and reads back the mean. Spark's own barrier messages take a
 * second each (its barrier polls), far too slow for averaging every few steps, so they serve only to
 * tell the workers the hub's address. Closing it (a killed task) makes every waiting read fail.
 */
final class SocketHub implements Collective, Closeable {

    private final int rank;
    private final int size;
    private final ServerSocket server;
    /** Worker 0: the connection of worker i at i − 1; another worker: its connection to worker 0. */
    private final List<Socket> peers = new ArrayList<>();
    private final List<DataInputStream> in = new ArrayList<>();
    private final List<DataOutputStream> out = new ArrayList<>();

    /** Worker 0's side: listens on any free port; {@link #port()} is what the others connect to. */
    static SocketHub hub(int size) throws IOException {
        return new SocketHub(0, size, new ServerSocket(0, size));
    }

    /** Another worker's side: connects to the hub. */
    static SocketHub member(int rank, int size, String host, int port) throws IOException {
        SocketHub member = new SocketHub(rank, size, null);
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(host, port), 60_000);
        member.add(socket);
        member.out.get(0).writeInt(rank);
        member.out.get(0).flush();
        return member;
    }

    private SocketHub(int rank, int size, ServerSocket server) {
        this.rank = rank;
        this.size = size;
        this.server = server;
    }

    int port() {
        return server.getLocalPort();
    }

    /** Worker 0 waits for every other worker's connection, placing each by the rank it announces. */
    void accept() throws IOException {
        Socket[] byRank = new Socket[size];
        server.setSoTimeout(120_000);
        for (int i = 1; i < size; i++) {
            Socket socket = server.accept();
            int announced = new DataInputStream(socket.getInputStream()).readInt();
            if (announced < 1 || announced >= size || byRank[announced] != null) {
                socket.close();
                throw new IOException("a worker announced rank " + announced + " to the hub of " + size + " workers");
            }
            byRank[announced] = socket;
        }
        for (int i = 1; i < size; i++) {
            add(byRank[i]);
        }
    }

    private void add(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        peers.add(socket);
        in.add(new DataInputStream(new BufferedInputStream(socket.getInputStream(), 1 << 16)));
        out.add(new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), 1 << 16)));
    }

    @Override
    public int rank() {
        return rank;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public float[] mean(float[] values) throws IOException {
        if (rank != 0) {
            try {
                write(out.get(0), values);
                return read(in.get(0));
            } catch (IOException e) {
                throw new IOException("lost worker 0 (it failed or was stopped): " + e, e);
            }
        }
        float[][] byRank = new float[size][];
        byRank[0] = values;
        for (int i = 1; i < size; i++) {
            try {
                byRank[i] = read(in.get(i - 1));
            } catch (IOException e) {
                throw new IOException("lost worker " + i + " (it failed or was stopped): " + e, e);
            }
        }
        float[] mean = Collective.mean(byRank);
        for (DataOutputStream stream : out) {
            write(stream, mean);
        }
        return mean;
    }

    private static void write(DataOutputStream stream, float[] values) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        stream.writeInt(values.length);
        stream.write(bytes.array());
        stream.flush();
    }

    private static float[] read(DataInputStream stream) throws IOException {
        int length = stream.readInt();
        byte[] bytes = new byte[length * Float.BYTES];
        stream.readFully(bytes);
        float[] values = new float[length];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }

    @Override
    public void close() {
        for (Socket socket : peers) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing: nothing left to tell
            }
        }
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                // as above
            }
        }
    }
}
