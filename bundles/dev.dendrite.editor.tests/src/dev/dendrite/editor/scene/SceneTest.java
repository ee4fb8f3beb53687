package dev.dendrite.editor.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SceneTest {

    private static NodeItem node(String name, double x, double y, int inputs, int outputs) {
        List<PortItem> in = new java.util.ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            in.add(new PortItem("in" + i, true, i, true));
        }
        List<PortItem> out = new java.util.ArrayList<>();
        for (int i = 0; i < outputs; i++) {
            out.add(new PortItem("out" + i, false, i, false));
        }
        return new NodeItem(name, new Box(x, y, 180, 58), name, "", "", 0x336699, Severity.NONE, null, in, out);
    }

    /** a → b, and c far away below. */
    private static Scene threeNodes() {
        Scene scene = new Scene();
        NodeItem a = node("a", 0, 0, 0, 1);
        NodeItem b = node("b", 300, 0, 2, 1);
        NodeItem c = node("c", 0, 400, 1, 1);
        scene.add(a);
        scene.add(b);
        scene.add(c);
        scene.add(new EdgeItem("a-b", a, a.outputs().get(0), b, b.inputs().get(1), "N×16", Severity.NONE, null));
        return scene;
    }

    @Test
    void portsAreSpreadAlongTheSidesInOrder() {
        NodeItem b = threeNodes().node("b");
        double[] first = b.portPoint(b.inputs().get(0));
        double[] second = b.portPoint(b.inputs().get(1));
        assertEquals(300, first[0]);
        assertEquals(NodeItem.PORT_SPACING, second[1] - first[1], 1e-9);
        assertEquals(b.box().centerY(), (first[1] + second[1]) / 2, 1e-9);
        assertEquals(480, b.portPoint(b.outputs().get(0))[0]);
    }

    @Test
    void hitTestingFindsPortsNodesEdgesAndNothing() {
        Scene scene = threeNodes();
        NodeItem b = scene.node("b");
        double[] port = b.portPoint(b.inputs().get(1));
        Hit portHit = scene.hit(port[0] + 2, port[1] - 1);
        assertEquals(Hit.Kind.PORT, portHit.kind());
        assertEquals("in1", portHit.port().name());
        assertSame(b, portHit.node());

        assertEquals(Hit.Kind.NODE, scene.hit(390, 30).kind());
        assertSame(b, scene.hit(390, 30).node());

        EdgeItem edge = scene.edges().get(0);
        double[] route = edge.route();
        Hit onEdge = scene.hit(route[2], (route[3] + route[5]) / 2);
        assertEquals(Hit.Kind.EDGE, onEdge.kind());
        assertSame(edge, onEdge.edge());
        Box label = edge.labelBox();
        assertEquals(Hit.Kind.EDGE, scene.hit(label.centerX(), label.centerY()).kind());

        assertEquals(Hit.Kind.NOTHING, scene.hit(700, 700).kind());
    }

    @Test
    void rubberBandSelectsOnlyNodesEntirelyInside() {
        Scene scene = threeNodes();
        List<NodeItem> inBand = scene.nodesIn(new Box(-10, -10, 500, 100));
        assertEquals(List.of("a", "b"), inBand.stream().map(NodeItem::element).toList());
        assertTrue(scene.nodesIn(new Box(-10, -10, 100, 100)).isEmpty(), "a half-covered node is not selected");
    }

    @Test
    void movingANodeDamagesItsOldAndNewPlaceAndItsEdgesButNotOtherNodes() {
        Scene scene = threeNodes();
        NodeItem a = scene.node("a");
        NodeItem c = scene.node("c");
        Box oldBox = a.box();
        Box damage = scene.move(List.of(a), 40, 25);
        assertEquals(40, a.box().x());
        assertTrue(damage.contains(oldBox), "old place");
        assertTrue(damage.contains(a.box()), "new place");
        assertTrue(damage.contains(scene.edges().get(0).labelBox()), "the edge label moves with the edge");
        assertFalse(damage.intersects(c.box()), "an unrelated node is not repainted");
        Box all = scene.bounds();
        assertTrue(damage.width() * damage.height() < all.width() * all.height());
    }

    @Test
    void backwardEdgesGoAroundBelowTheNodes() {
        Scene scene = new Scene();
        NodeItem late = node("late", 400, 0, 0, 1);
        NodeItem early = node("early", 0, 0, 1, 0);
        scene.add(late);
        scene.add(early);
        EdgeItem edge = new EdgeItem("e", late, late.outputs().get(0), early, early.inputs().get(0), "", Severity.NONE, null);
        double[] route = edge.route();
        double lowest = 0;
        for (int i = 1; i < route.length; i += 2) {
            lowest = Math.max(lowest, route[i]);
        }
        assertTrue(lowest > late.box().bottom(), "the route passes below the nodes");
        assertEquals(580, route[0]);
        assertEquals(0, route[route.length - 2]);
    }

    /**
     * A skip connection past a chain of layers runs below them rather than through them; with nothing in the way it stays the
     * plain right-vertical-right route; moving a node out of its way turns it back, and the repaint covers the old channel.
     */
    @Test
    void aSkipConnectionRunsBelowTheLayersInItsWayAndBackWhenTheyMove() {
        Scene scene = new Scene();
        NodeItem from = node("from", 0, 0, 0, 2);
        NodeItem middle = node("middle", 300, 0, 1, 1);
        NodeItem to = node("to", 600, 0, 2, 0);
        scene.add(from);
        scene.add(middle);
        scene.add(to);
        scene.add(new EdgeItem("chain", from, from.outputs().get(0), middle, middle.inputs().get(0), "", Severity.NONE, null));
        EdgeItem skip = new EdgeItem("skip", from, from.outputs().get(1), to, to.inputs().get(1), "", Severity.NONE, null);
        scene.add(skip);
        double[] route = skip.route();
        for (int i = 0; i + 3 < route.length; i += 2) {
            Box segment = Box.spanning(route[i], route[i + 1], route[i + 2], route[i + 3]);
            assertFalse(segment.intersects(middle.box().expand(-1)), "segment " + i / 2 + " of " + java.util.Arrays.toString(route)
                    + " crosses the middle layer");
        }
        assertEquals(12, route.length, "down, along below, up");
        assertTrue(route[5] > middle.box().bottom(), "the channel runs below the middle layer");
        assertEquals(4, scene.edges().get(0).route().length / 2, "the chain's own edge stays straight");
        Box damage = scene.move(List.of(middle), 0, 300);
        assertEquals(8, skip.route().length, "nothing in the way: the plain route again");
        assertTrue(damage.contains(Box.spanning(route[4], route[5], route[6], route[7])), "the old channel is repainted");
    }

    /**
     * Two skip connections past the same layer, from different layers, run their channels in lanes a gap apart (the later one
     * lower) instead of over each other; a second edge from the same port shares the first one's channel, as the two leave
     * together.
     */
    @Test
    void skipConnectionsOverTheSameLayerRunInLanesOfTheirOwn() {
        Scene scene = new Scene();
        NodeItem first = node("first", 0, 0, 0, 2);
        NodeItem second = node("second", 0, 100, 0, 1);
        NodeItem middle = node("middle", 300, 0, 1, 1);
        NodeItem end = node("end", 600, 0, 3, 0);
        List.of(first, second, middle, end).forEach(scene::add);
        EdgeItem one = new EdgeItem("one", first, first.outputs().get(0), end, end.inputs().get(0), "", Severity.NONE, null);
        EdgeItem two = new EdgeItem("two", second, second.outputs().get(0), end, end.inputs().get(1), "", Severity.NONE, null);
        EdgeItem branch = new EdgeItem("branch", first, first.outputs().get(0), end, end.inputs().get(2), "", Severity.NONE, null);
        scene.add(one);
        scene.add(two);
        scene.add(branch);
        double[] a = one.route();
        double[] b = two.route();
        assertEquals(12, a.length, "the first runs below the middle layer");
        assertEquals(12, b.length, "so does the second");
        assertTrue(a[5] > middle.box().bottom() && b[5] > middle.box().bottom(), "both below it");
        assertEquals(EdgeItem.LANE_GAP, b[5] - a[5], 1e-9, "the second a lane lower: " + a[5] + " and " + b[5]);
        assertEquals(a[5], branch.route()[5], 1e-9, "a second edge from the same port shares the channel");
        // The middle layer moved out of the way: both straight again, and no lanes.
        scene.move(List.of(middle), 0, 400);
        assertEquals(8, one.route().length);
        assertEquals(8, two.route().length);
    }

    /** A lane that would cross a node further below, one the first channel passes above, runs below that node instead. */
    @Test
    void aLaneMeetingALowerLayerRunsBelowIt() {
        Scene scene = new Scene();
        NodeItem first = node("first", 0, 0, 0, 2);
        NodeItem middle = node("middle", 300, 0, 1, 1);
        NodeItem end = node("end", 600, 0, 2, 0);
        double channel = middle.box().bottom() + 9; // 10 below the layer's box less the pixel a route may graze
        NodeItem low = node("low", 300, channel + 4, 1, 1);
        List.of(first, middle, low, end).forEach(scene::add);
        EdgeItem one = new EdgeItem("one", first, first.outputs().get(0), end, end.inputs().get(0), "", Severity.NONE, null);
        EdgeItem two = new EdgeItem("two", first, first.outputs().get(1), end, end.inputs().get(1), "", Severity.NONE, null);
        scene.add(one);
        scene.add(two);
        assertEquals(channel, one.route()[5], 1e-9, "the first channel passes between the middle layer and the low one");
        double[] b = two.route();
        assertTrue(b[5] > low.box().bottom(), "its lane would cross the low layer, so it runs below it: " + b[5]);
        assertFalse(Box.spanning(b[4], b[5], b[6], b[7]).intersects(low.box()), "the channel clears the low layer");
    }
}
