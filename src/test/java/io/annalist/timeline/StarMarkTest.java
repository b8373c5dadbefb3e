package io.annalist.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import io.annalist.export.HeadlessFx;
import io.annalist.export.Palettes;
import io.annalist.io.EventFileReader;
import io.annalist.model.Event;
import io.annalist.model.MarkLookup;
import io.annalist.workspace.BundledData;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;

/** A starred event gets a star on its mark, and nothing else in the picture changes. */
@org.junit.jupiter.api.Tag("toolkit")
class StarMarkTest {

    private static WritableImage draw(PaintRequest r) throws Exception {
        return HeadlessFx.call(() -> {
            Canvas c = new Canvas(r.width(), r.height());
            new TimelinePainter().paint(c.getGraphicsContext2D(), r);
            return c.snapshot(null, null);
        });
    }

    private static MarkLookup starring(String id) {
        return new MarkLookup() {
            @Override
            public Collection<Event> markedEvents() {
                return List.of();
            }

            @Override
            public boolean isStarred(String eventId) {
                return eventId.equals(id);
            }

            @Override
            public boolean hasTag(String eventId, String tag) {
                return false;
            }

            @Override
            public boolean hasNotes(String eventId) {
                return false;
            }

            @Override
            public boolean anyText(String eventId, Predicate<String> test) {
                return false;
            }
        };
    }

    @Test
    void theStarIsDrawnOnTheMarkOfTheStarredEventOnly() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        Palette palette = HeadlessFx.call(() -> Palettes.fromCss(false));
        var data = BundledData.DEFAULT.load(new EventFileReader()).dataset();
        HashMap<String, String> names = new HashMap<>();
        data.actors().forEach(a -> names.put(a.id(), a.name()));
        Lanes lanes = Lanes.build(data.events(), LaneMode.NONE, names);
        Event summit = data.events().stream().filter(e -> e.id().equals("singapore-summit")).findFirst().orElseThrow();
        TimeWindow w = new TimeWindow(summit.when().start() - 40 * 86_400_000L, summit.when().end() + 40 * 86_400_000L);
        PaintRequest plain = new PaintRequest(900, 300, w, lanes, 0, Set.of(), null, null, palette, w, true, false,
                false, true, false);
        Frame frame = HeadlessFx.call(() -> new TimelinePainter().paint(new Canvas(900, 300).getGraphicsContext2D(),
                plain));
        Frame.Hit hit = frame.hits().stream().filter(h -> summit.equals(h.event())).findFirst().orElseThrow();

        PixelReader before = draw(plain).getPixelReader();
        PixelReader after = draw(plain.withMarks(starring("singapore-summit"))).getPixelReader();
        int changed = 0;
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 900; x++) {
                if (before.getArgb(x, y) != after.getArgb(x, y)) {
                    changed++;
                    assertTrue(x >= hit.x() - 2 && x <= hit.x() + hit.w() + 2 && y >= hit.y() - 8
                            && y <= hit.y() + hit.h() + 2, "changed outside the starred event's mark: " + x + "," + y);
                }
            }
        }
        assertTrue(changed > 12, "a star was drawn: " + changed + " pixels");
        PixelReader none = draw(plain.withMarks(MarkLookup.NONE)).getPixelReader();
        int same = 0;
        for (int x = 0; x < 900; x += 7) {
            same += none.getArgb(x, 150) == before.getArgb(x, 150) ? 1 : 0;
        }
        assertEquals(129, same, "no marks, no star");
    }
}
