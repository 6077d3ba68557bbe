package org.gridpatrol.wfs.internal;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.gridpatrol.grid.api.Revision;
import org.gridpatrol.grid.api.UnitChange;

/**
 * The answer to a saved Transaction, with the new versioned feature ids: WFS 1.0
 * {@code WFS_TransactionResponse} with {@code InsertResult}/{@code FeatureId fid} and {@code SUCCESS};
 * 1.1 {@code TransactionResponse} with {@code TransactionSummary} and {@code InsertResults}; 2.0 also with
 * {@code UpdateResults} ({@code fes:ResourceId rid} and {@code previousRid}). GDAL and QGIS read the inserted
 * ids from exactly these paths.
 */
final class TransactionResponseWriter {

    private TransactionResponseWriter() {
    }

    static byte[] write(WfsVersion version, Revision revision, List<FeatureId> insertedInOrder, String handle) {
        List<UnitChange> changes = revision.changes();
        Map<String, Long> versions = new java.util.HashMap<>();
        changes.forEach(change -> versions.put(change.code(), change.versionAfter()));
        List<FeatureId> inserted = insertedInOrder.stream()
                .map(id -> FeatureId.of(id.type(), id.code(), versions.getOrDefault(id.code(), 1L))).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        XMLStreamWriter xml = Xml.writer(out);
        try {
            xml.writeStartDocument("UTF-8", "1.0");
            if (version == WfsVersion.V1_0_0) {
                legacy(xml, inserted, handle);
            } else {
                current(xml, version, revision, inserted);
            }
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException bug) {
            throw new IllegalStateException("cannot write the transaction response", bug);
        }
        return out.toByteArray();
    }

    private static void legacy(XMLStreamWriter xml, List<FeatureId> inserted, String handle) throws XMLStreamException {
        String wfs = WfsVersion.V1_0_0.wfsNamespace();
        String ogc = ExceptionReportWriter.OGC_NAMESPACE;
        XmlDocs.root(xml, "wfs", "WFS_TransactionResponse", wfs, Map.of("ogc", ogc));
        xml.writeAttribute("version", "1.0.0");
        if (!inserted.isEmpty()) {
            xml.writeStartElement(wfs, "InsertResult");
            for (FeatureId id : inserted) {
                xml.writeEmptyElement(ogc, "FeatureId");
                xml.writeAttribute("fid", id.toString());
            }
            xml.writeEndElement();
        }
        xml.writeStartElement(wfs, "TransactionResult");
        if (handle != null) {
            xml.writeAttribute("handle", handle);
        }
        xml.writeStartElement(wfs, "Status");
        xml.writeEmptyElement(wfs, "SUCCESS");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void current(XMLStreamWriter xml, WfsVersion version, Revision revision, List<FeatureId> inserted)
            throws XMLStreamException {
        String wfs = version.wfsNamespace();
        String filter = version.filterNamespace();
        boolean v2 = version == WfsVersion.V2_0_0;
        XmlDocs.root(xml, "wfs", "TransactionResponse", wfs, Map.of(v2 ? "fes" : "ogc", filter));
        xml.writeAttribute("version", version.number());
        xml.writeStartElement(wfs, "TransactionSummary");
        XmlDocs.element(xml, wfs, "totalInserted", Long.toString(count(revision, UnitChange.Kind.CREATED)));
        XmlDocs.element(xml, wfs, "totalUpdated", Long.toString(count(revision, UnitChange.Kind.UPDATED)));
        if (v2) {
            XmlDocs.element(xml, wfs, "totalReplaced", "0");
        }
        XmlDocs.element(xml, wfs, "totalDeleted", Long.toString(count(revision, UnitChange.Kind.DELETED)));
        xml.writeEndElement();
        if (!v2) {
            xml.writeEmptyElement(wfs, "TransactionResults");
        }
        if (!inserted.isEmpty()) {
            xml.writeStartElement(wfs, "InsertResults");
            for (FeatureId id : inserted) {
                featureResult(xml, wfs, filter, v2, id, null);
            }
            xml.writeEndElement();
        }
        List<UnitChange> updated = revision.changes().stream()
                .filter(change -> change.kind() == UnitChange.Kind.UPDATED).toList();
        if (v2 && !updated.isEmpty()) {
            xml.writeStartElement(wfs, "UpdateResults");
            for (UnitChange change : updated) {
                FeatureType type = FeatureType.byLevel(change.after().level()).orElseThrow();
                featureResult(xml, wfs, filter, true, FeatureId.of(type, change.code(), change.versionAfter()),
                        FeatureId.of(type, change.code(), change.versionBefore()));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void featureResult(XMLStreamWriter xml, String wfs, String filter, boolean v2, FeatureId id,
            FeatureId previous) throws XMLStreamException {
        xml.writeStartElement(wfs, "Feature");
        if (v2) {
            xml.writeEmptyElement(filter, "ResourceId");
            xml.writeAttribute("rid", id.toString());
            if (previous != null) {
                xml.writeAttribute("previousRid", previous.toString());
            }
        } else {
            xml.writeEmptyElement(filter, "FeatureId");
            xml.writeAttribute("fid", id.toString());
        }
        xml.writeEndElement();
    }

    private static long count(Revision revision, UnitChange.Kind kind) {
        return revision.changes().stream().filter(change -> change.kind() == kind).count();
    }
}
