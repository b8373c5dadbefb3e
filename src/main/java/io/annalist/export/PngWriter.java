package io.annalist.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes a PNG with text metadata (title, filters, time range, software) through the JDK's
 * ImageIO encoder. The image goes to a temporary file beside the target, which is moved into
 * place only when complete: a failure (no permission, a full disk, a folder gone) leaves no
 * partial file and the previous file as it was.
 */
public final class PngWriter {
    private PngWriter() {
    }

    /**
     * Writes {@code image} to {@code out} with {@code text} as PNG text chunks (UTF-8 iTXt).
     *
     * @throws IOException with a message that names the file and says what went wrong
     */
    public static void write(BufferedImage image, Path out, Map<String, String> text) throws IOException {
        write(image, out, text, 1);
    }

    /**
     * Writes the PNG with its resolution set for {@code scale}: 96 dots per inch times the
     * scale, so a 2× image prints and pastes at the size of the 1× one.
     *
     * @throws IOException also when {@code out} does not end in {@code .png}: only PNG is written
     */
    public static void write(BufferedImage image, Path out, Map<String, String> text, int scale) throws IOException {
        checkExtension(out);
        io.annalist.io.AtomicFile.write(out, temp -> encode(image, temp, text, scale));
    }

    /** Refuses a file name that promises another format: writing PNG bytes into "brief.jpg" would mislead. */
    public static void checkExtension(Path out) throws IOException {
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            throw new IOException("cannot write " + out + ": snapshots are PNG images, so the file name must end"
                    + " in .png");
        }
    }

    /** Pixels per metre for 96 dpi times {@code scale}. */
    static int pixelsPerMetre(int scale) {
        return (int) Math.round(96.0 * scale / 0.0254);
    }

    private static void encode(BufferedImage image, Path file, Map<String, String> text, int scale)
            throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG encoder in this Java runtime");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(file.toFile())) {
            if (stream == null) {
                throw new IOException("cannot open " + file + " for writing");
            }
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed()) {
                // A light deflate: timelines are mostly flat colour, so it compresses well and fast.
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.75f);
            }
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            String format = "javax_imageio_png_1.0";
            IIOMetadataNode root = new IIOMetadataNode(format);
            IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
            for (Map.Entry<String, String> e : text.entrySet()) {
                IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
                entry.setAttribute("keyword", e.getKey());
                entry.setAttribute("compressionFlag", "FALSE");
                entry.setAttribute("compressionMethod", "0");
                entry.setAttribute("languageTag", "");
                entry.setAttribute("translatedKeyword", "");
                entry.setAttribute("text", e.getValue());
                itxt.appendChild(entry);
            }
            root.appendChild(itxt);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", Integer.toString(pixelsPerMetre(scale)));
            phys.setAttribute("pixelsPerUnitYAxis", Integer.toString(pixelsPerMetre(scale)));
            phys.setAttribute("unitSpecifier", "meter");
            root.appendChild(phys);
            meta.mergeTree(format, root);
            writer.write(null, new IIOImage(image, null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    /** The horizontal pixels per metre a PNG declares, or 0 when it has no pHYs chunk. */
    public static int readPixelsPerMetre(Path png) throws IOException {
        try (var in = ImageIO.createImageInputStream(png.toFile())) {
            var reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            org.w3c.dom.Node root = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            reader.dispose();
            for (org.w3c.dom.Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("pHYs")) {
                    return Integer.parseInt(n.getAttributes().getNamedItem("pixelsPerUnitXAxis").getNodeValue());
                }
            }
        }
        return 0;
    }

    /** Reads the text chunks of a PNG back (for tests and for checking a file). */
    public static Map<String, String> readText(Path png) throws IOException {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        try (var in = ImageIO.createImageInputStream(png.toFile())) {
            var reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            org.w3c.dom.Node root = meta.getAsTree("javax_imageio_png_1.0");
            for (org.w3c.dom.Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("iTXt") || n.getNodeName().equals("tEXt")) {
                    for (org.w3c.dom.Node e = n.getFirstChild(); e != null; e = e.getNextSibling()) {
                        var a = e.getAttributes();
                        String value = a.getNamedItem("text") != null ? a.getNamedItem("text").getNodeValue()
                                : a.getNamedItem("value").getNodeValue();
                        out.put(a.getNamedItem("keyword").getNodeValue(), value);
                    }
                }
            }
            reader.dispose();
        }
        return out;
    }
}
