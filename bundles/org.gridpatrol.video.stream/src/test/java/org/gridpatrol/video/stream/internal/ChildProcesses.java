package org.gridpatrol.video.stream.internal;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stream servers the live-stream tests run as real child processes (Debian ffmpeg, GStreamer), and free ports for them. */
final class ChildProcesses {

    private ChildProcesses() {
    }

    /** Starts a server whose output nobody reads. */
    static Process start(List<String> command) throws IOException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** Kills a server as a dropped stream would end, and waits for it; returns null for the caller's field. */
    static Process kill(Process process) throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        return null;
    }

    static int freeUdpPort() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static int freeTcpPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
