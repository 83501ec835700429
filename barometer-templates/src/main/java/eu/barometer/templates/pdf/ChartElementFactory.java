package eu.barometer.templates.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import eu.barometer.templates.chart.ChartData;
import eu.barometer.templates.chart.ChartDrawing;
import eu.barometer.templates.internal.NumberStyle;
import org.w3c.dom.Element;
import org.xhtmlrenderer.extend.ReplacedElement;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElement;
import org.xhtmlrenderer.pdf.ITextReplacedElementFactory;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.RenderingContext;

import java.awt.Point;
import java.util.Map;

/**
 * Draws each chart placeholder ({@code <div class="chart-canvas">} inserted by the PDF renderer)
 * as vector graphics: {@link ChartDrawing}'s geometry, the one the HTML edition's SVG has, painted
 * straight onto the page ({@link PdfChartCanvas}) with its text real, searchable text in the
 * embedded Liberation Sans. The chart fills its column; its height keeps the drawing's
 * proportions. Everything else goes to Flying Saucer's own factory.
 * One instance per render.
 */
final class ChartElementFactory extends ITextReplacedElementFactory {

    static final String CANVAS_CLASS = "chart-canvas";
    static final String INDEX_ATTRIBUTE = "data-chart-index";

    private final Map<Integer, ChartData> charts;
    private final NumberStyle style;
    private final PdfFonts fonts;

    ChartElementFactory(ITextOutputDevice device, Map<Integer, ChartData> charts, NumberStyle style, PdfFonts fonts) {
        super(device);
        this.charts = charts;
        this.style = style;
        this.fonts = fonts;
    }

    @Override
    public ReplacedElement createReplacedElement(LayoutContext c, BlockBox box, UserAgentCallback uac, int cssWidth,
                                                 int cssHeight) {
        Element e = box.getElement();
        if (e != null && e.hasAttribute(INDEX_ATTRIBUTE)) {
            ChartData data = charts.get(Integer.parseInt(e.getAttribute(INDEX_ATTRIBUTE)));
            int width = cssWidth > 0 ? cssWidth : box.getContainingBlock().getContentWidth();
            int height = Math.round((float) width * ChartDrawing.height(data) / ChartDrawing.WIDTH);
            return new ChartElement(data, width, height);
        }
        return super.createReplacedElement(c, box, uac, cssWidth, cssHeight);
    }

    /** One chart in the layout. */
    private final class ChartElement implements ITextReplacedElement {
        private final ChartData data;
        private final int width;
        private final int height;
        private Point location = new Point(0, 0);

        ChartElement(ChartData data, int width, int height) {
            this.data = data;
            this.width = width;
            this.height = height;
        }

        @Override
        public void paint(RenderingContext c, ITextOutputDevice device, BlockBox box) {
            com.lowagie.text.Rectangle area = device.createLocalTargetArea(c, box);
            float w = area.getWidth();
            float h = area.getHeight();
            PdfContentByte cb = device.getCurrentPage();
            PdfTemplate template = cb.createTemplate(w, h);
            ChartDrawing.draw(data, style, new PdfChartCanvas(template, fonts.all().get("LiberationSans-Regular.ttf"),
                    w / ChartDrawing.WIDTH, h));
            com.lowagie.text.Rectangle target = device.createTargetArea(c, box);
            cb.addTemplate(template, target.getLeft(), target.getBottom());
        }

        @Override
        public int getIntrinsicWidth() {
            return width;
        }

        @Override
        public int getIntrinsicHeight() {
            return height;
        }

        @Override
        public Point getLocation() {
            return location;
        }

        @Override
        public void setLocation(int x, int y) {
            location = new Point(x, y);
        }

        @Override
        public void detach(LayoutContext c) {
            // Nothing held.
        }

        @Override
        public boolean isRequiresInteractivePaint() {
            return false;
        }

        @Override
        public boolean hasBaseline() {
            return false;
        }

        @Override
        public int getBaseline() {
            return 0;
        }
    }
}
