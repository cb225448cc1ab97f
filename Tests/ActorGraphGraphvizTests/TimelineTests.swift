import ActorGraph
import ActorGraphGraphviz
import Foundation
import Testing

@Suite("Timeline")
struct TimelineTests {
    let graph: TemporalGraph
    let days: [Day]
    let timeline: Timeline

    init() throws {
        graph = bundledGraph
        days = ["2001-09-12", "2001-09-13", "2001-09-17", "2001-09-22", "2001-10-15"].map { day($0) }
        timeline = Timeline(graph: graph, days: days)
    }

    @Test func framesDrawEveryActorAtTheSamePosition() throws {
        let frames = try timeline.render(as: .svg).map { try SVGDocument(data: $0.data) }
        #expect(frames.count == days.count)
        let first = frames[0].nodeCenters
        // Russian intelligence only acts on 13 September, Putin and Bush only from 22 September:
        // all are drawn (faded when idle) in every frame.
        for id in ["russian-intelligence", "putin", "bush", "united-states", "k2-air-base"] {
            #expect(first[id] != nil, "\(id) missing in the first frame")
        }
        for frame in frames.dropFirst() {
            let centers = frame.nodeCenters
            #expect(Set(centers.keys) == Set(first.keys))
            for (id, center) in first {
                let other = try #require(centers[id])
                #expect(abs(other.0 - center.0) < 0.01 && abs(other.1 - center.1) < 0.01, "\(id) moved")
            }
        }
        // The frames differ in what they show: relations active that day only, each named in
        // the class of the edge that draws it.
        let relationCounts = frames.map { frame in
            frame.edges.flatMap { $0.className.split(separator: " ").dropFirst() }.filter { $0.hasPrefix("relation-") }.count
        }
        #expect(relationCounts == timeline.frames.map(\.snapshot.relationPositions.count))
        #expect(Set(relationCounts).count > 1)
    }

    @Test func idleActorsAreFadedNotDropped() throws {
        let svg = String(decoding: try timeline.render(as: .svg)[0].data, as: UTF8.self)
        let document = try SVGDocument(data: Data(svg.utf8))
        // On 12 September Putin has no relation: drawn, with the faded text colour.
        let putin = try #require(document.nodes.first { $0.title == "putin" })
        #expect(putin.texts == ["Vladimir Putin"])
        #expect(svg.contains(##"fill="#9a9a9a""##))
    }

    @Test func framesListWhatStartsAndEndsSinceThePreviousFrame() {
        let relationIDs = timeline.frames.map { frame in
            (started: Set(frame.started.map { graph.relations[Int($0)].id }), ended: Set(frame.ended.map { graph.relations[Int($0)].id }))
        }
        // From the YAML: the four meetings of 13 September start on the 13th and end the next day.
        #expect(relationIDs[1].started.isSuperset(of: ["meeting-2001-09-13-iran", "meeting-2001-09-13-india"]))
        #expect(relationIDs[2].ended.contains("meeting-2001-09-13-iran"))
        // The Moscow meetings of 17 September start in the frame of the 17th.
        #expect(relationIDs[2].started.contains("moscow-meeting-2001-09-17-kazakhstan"))
        // The formal deal is reached on the 22nd, its four terms with it; the deal (one day) has
        // ended by 15 October, when the newspapers have reported "within days".
        #expect(relationIDs[3].started.isSuperset(of: ["us-russia-deal", "deal-term-temporary-bases", "deal-term-chechnya",
                                                        "deal-term-consultation", "deal-term-economic-integration"]))
        #expect(relationIDs[4].ended.contains("us-russia-deal"))
        #expect(relationIDs[4].started.contains("press-reports-us-forces"))
    }

    @Test func pageEmbedsEveryFrameAndNeedsNoNetwork() throws {
        let outputs = try timeline.render(as: .svg)
        let images = zip(timeline.frames, outputs).map {
            TimelinePage.FrameImage(fileName: "\($0.day).svg", format: .svg, data: $1.data)
        }
        let html = TimelinePage.html(timeline: timeline, images: images)
        #expect(!html.contains("http://") || !html.contains("src=\"http"))
        #expect(!html.contains("https://"))
        #expect(!html.contains("<svg"), "frames must be embedded as escaped JSON, not raw markup")
        // The frames travel as JSON in an attribute; an HTML reader decodes the five entities an
        // attribute value may hold, then reads the JSON.
        let attribute = try #require(html.range(of: #"data-timeline=""#))
        let end = try #require(html[attribute.upperBound...].range(of: "\""))
        var json = String(html[attribute.upperBound..<end.lowerBound])
        for (entity, character) in [("&quot;", "\""), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
            json = json.replacingOccurrences(of: entity, with: character)
        }
        let data = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let frames = try #require(data?["frames"] as? [[String: Any]])
        #expect(frames.map { $0["date"] as? String } == days.map { $0.description })
        for frame in frames {
            let svg = try #require(frame["svg"] as? String)
            #expect(try SVGDocument(data: Data(svg.utf8)).nodes.count > 0)
        }
    }
}
