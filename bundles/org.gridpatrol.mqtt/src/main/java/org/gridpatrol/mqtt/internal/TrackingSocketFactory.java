package org.gridpatrol.mqtt.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import javax.net.SocketFactory;

/**
 * Plain sockets that can all be closed from outside. Paho 1.2.5 cannot abort a TCP connect in progress
 * (its stop() fails on the unconnected socket and leaves it open), so a client closed at that moment would
 * otherwise keep a socket and a receiver thread after deactivation.
 */
final class TrackingSocketFactory extends SocketFactory {

    private final List<Socket> sockets = new ArrayList<>();
    private boolean closed;

    @Override
    public Socket createSocket() throws IOException {
        return track(new Socket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return track(new Socket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return track(new Socket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return track(new Socket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return track(new Socket(address, port, localAddress, localPort));
    }

    private Socket track(Socket socket) throws IOException {
        synchronized (sockets) {
            if (closed) {
                socket.close();
                throw new IOException("MQTT client closed");
            }
            sockets.removeIf(Socket::isClosed);
            sockets.add(socket);
        }
        return socket;
    }

    /** Closes every socket made so far (aborting a connect in progress) and refuses new ones. */
    void closeAll() {
        synchronized (sockets) {
            closed = true;
            for (Socket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // closing anyway; nothing to add
                }
            }
            sockets.clear();
        }
    }
}
