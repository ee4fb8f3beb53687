package dev.dendrite.analysis.manifold;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import dev.dendrite.analysis.evaluation.SaliencyImages;

/** A CKA matrix as a PNG: a square per pair of layers, black (0) through red to yellow (1), the first model's layers down the side. */
public final class SimilarityPicture {

    private static final int CELL = 16;

    private SimilarityPicture() {
    }

    public static BufferedImage picture(RepresentationSimilarity s) {
        int rows = s.rows().size();
        int columns = s.columns().size();
        BufferedImage picture = new BufferedImage(columns * CELL, rows * CELL, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                int rgb = SaliencyImages.heat(s.values()[i][j]);
                for (int y = 0; y < CELL; y++) {
                    for (int x = 0; x < CELL; x++) {
                        picture.setRGB(j * CELL + x, i * CELL + y, rgb);
                    }
                }
            }
        }
        return picture;
    }

    public static void write(RepresentationSimilarity s, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(picture(s), "png", file.toFile());
    }
}
