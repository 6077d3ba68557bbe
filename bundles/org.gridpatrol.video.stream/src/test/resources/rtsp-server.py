# A test RTSP server from Debian packages only (python3-gi, gir1.2-gst-rtsp-server-1.0,
# gstreamer1.0-plugins-good): serves rtsp://127.0.0.1:<port>/live, the MPEG-TS that ffmpeg sends to
# udp://127.0.0.1:<udp port>, as RTP (payload type 33). Usage: rtsp-server.py <port> <udp port>
import sys

import gi

gi.require_version('Gst', '1.0')
gi.require_version('GstRtspServer', '1.0')
from gi.repository import GLib, Gst, GstRtspServer  # noqa: E402

Gst.init(None)
port, udp_port = sys.argv[1], sys.argv[2]
server = GstRtspServer.RTSPServer()
server.set_address('127.0.0.1')
server.set_service(port)
factory = GstRtspServer.RTSPMediaFactory()
factory.set_launch('( udpsrc port=%s caps="video/mpegts,systemstream=true,packetsize=188" '
                   '! rtpmp2tpay name=pay0 pt=33 )' % udp_port)
factory.set_shared(True)
server.get_mount_points().add_factory('/live', factory)
if server.attach(None) == 0:
    sys.exit('cannot listen on port ' + port)
GLib.MainLoop().run()
