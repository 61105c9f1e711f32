package org.factdesk.workbench.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/** The application icon, drawn rather than shipped as images. */
final class Icons {

    private Icons() {
    }

    static List<Image> appImages() {
        return List.of(app(16), app(32), app(48), app(64));
    }

    static BufferedImage app(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0x2F6FDE), size, size, new Color(0x1B3F91)));
        int arc = Math.max(4, size / 4);
        g.fillRoundRect(0, 0, size, size, arc, arc);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) (size * 0.62)));
        String t = "F";
        int w = g.getFontMetrics().stringWidth(t);
        g.drawString(t, (size - w) / 2, (int) (size * 0.74));
        g.setColor(new Color(0x5BD68A));
        int d = Math.max(3, size / 5);
        g.fillOval(size - d - size / 10, size - d - size / 10, d, d);
        g.dispose();
        return img;
    }
}
