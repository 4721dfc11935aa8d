//! The route map drawn on the server as SVG: the pages as boxes in a column (questions in order,
//! then check your answers and the exits), and each route as an arrow from the right of its
//! question's box, along a lane of its own, into the box it leads to, with its condition written
//! where it starts. Every box and arrow is a link to the page that edits it.
//!
//! The drawing is a group named by its title, whose description points to the route table below:
//! that table is its text equivalent, with the same links. (Not `role="img"`: an image's children
//! are presentational, so its links would be focusable but nameless to a screen reader; axe
//! reports that as nested interactive content.) It scales down with the screen (viewBox, and
//! `max-width: 100%` in the stylesheet) and is drawn left to right in every language.

use leptos::prelude::*;

/// A box: its words, where it links, and the mark its problems leave on it.
#[derive(Clone, Debug)]
pub(in crate::designer) struct MapNode {
    pub label: String,
    pub href: Option<String>,
    /// "2 problems", shown under the label.
    pub mark: Option<String>,
    /// Check your answers and the exits: where journeys end.
    pub end: bool,
}

/// An arrow between boxes (indices into the nodes), with its condition in words.
#[derive(Clone, Debug)]
pub(in crate::designer) struct MapEdge {
    pub from: usize,
    pub to: usize,
    pub label: String,
    pub href: Option<String>,
    pub problem: bool,
    /// No journey takes it.
    pub never: bool,
}

const BOX_X: f64 = 10.0;
const BOX_W: f64 = 300.0;
const LABEL_X: f64 = BOX_X + BOX_W + 12.0;
const LANE_X: f64 = 670.0;
const LANE_GAP: f64 = 14.0;
const LINE: f64 = 18.0;
const GAP: f64 = 26.0;
const TOP: f64 = 40.0;
/// Characters of a label that fit: the full words are in the link's title and in the table.
const BOX_CHARS: usize = 36;
const LABEL_CHARS: usize = 50;

/// Where everything goes: each node's top and height, each edge's start and end heights and lane.
#[derive(Debug, PartialEq)]
struct Layout {
    tops: Vec<f64>,
    heights: Vec<f64>,
    /// Per edge: (start y, end y, lane).
    edges: Vec<(f64, f64, usize)>,
    width: f64,
    height: f64,
}

fn layout(nodes: usize, edges: &[(usize, usize)]) -> Layout {
    let outs = |n: usize| edges.iter().filter(|(from, _)| *from == n).count();
    let heights: Vec<f64> = (0..nodes).map(|n| (30.0 + outs(n) as f64 * LINE).max(50.0)).collect();
    let mut tops = Vec::with_capacity(nodes);
    let mut y = TOP;
    for h in &heights {
        tops.push(y);
        y += h + GAP;
    }
    let mut seen = vec![0usize; nodes];
    let mut spans: Vec<(f64, f64, usize)> = edges
        .iter()
        .map(|&(from, to)| {
            let start = tops[from] + 28.0 + seen[from] as f64 * LINE;
            seen[from] += 1;
            (start, tops.get(to).copied().unwrap_or(y) + 10.0, 0)
        })
        .collect();
    // Shorter arrows take the lanes nearer the boxes; no two arrows share a lane where they overlap.
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by(|&a, &b| (spans[a].1 - spans[a].0).abs().total_cmp(&(spans[b].1 - spans[b].0).abs()));
    let mut placed: Vec<usize> = Vec::new();
    for e in order {
        let (lo, hi) = (spans[e].0.min(spans[e].1), spans[e].0.max(spans[e].1));
        let lane = (0..)
            .find(|&lane| {
                placed.iter().all(|&o| {
                    let (olo, ohi) = (spans[o].0.min(spans[o].1), spans[o].0.max(spans[o].1));
                    spans[o].2 != lane || hi + 2.0 < olo || ohi + 2.0 < lo
                })
            })
            .unwrap_or(0);
        spans[e].2 = lane;
        placed.push(e);
    }
    let lanes = spans.iter().map(|s| s.2 + 1).max().unwrap_or(0);
    Layout { tops, heights, edges: spans, width: LANE_X + lanes as f64 * LANE_GAP + 10.0, height: y - GAP + 10.0 }
}

/// The first `n` characters, with an ellipsis when there were more.
fn clip(text: &str, n: usize) -> String {
    if text.chars().count() <= n {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(n - 1).collect::<String>().trim_end())
    }
}

#[component]
pub(super) fn RouteMap(title: String, description: String, start: String, nodes: Vec<MapNode>, edges: Vec<MapEdge>) -> impl IntoView {
    let at = layout(nodes.len(), &edges.iter().map(|e| (e.from, e.to)).collect::<Vec<_>>());
    let middle = BOX_X + BOX_W / 2.0;
    let boxes = nodes
        .into_iter()
        .enumerate()
        .map(|(n, node)| {
            let (y, h) = (at.tops[n], at.heights[n]);
            let class = match (node.end, node.mark.is_some()) {
                (_, true) => "route-map__box route-map__box--problem",
                (true, false) => "route-map__box route-map__box--end",
                (false, false) => "route-map__box",
            };
            let full = node.label.clone();
            let drawing = view! {
                <rect class=class x=BOX_X.to_string() y=y.to_string() width=BOX_W.to_string() height=h.to_string() rx="4"></rect>
                <text class="route-map__text" x=(BOX_X + 10.0).to_string() y=(y + 20.0).to_string()>{clip(&node.label, BOX_CHARS)}</text>
                {node.mark.map(|m| view! { <text class="route-map__mark" x=(BOX_X + 10.0).to_string() y=(y + 40.0).to_string()>{m}</text> })}
            };
            match node.href {
                Some(href) => view! { <a href=href><title>{full}</title>{drawing}</a> }.into_any(),
                None => view! { <g><title>{full}</title>{drawing}</g> }.into_any(),
            }
        })
        .collect_view();
    let arrows = edges
        .into_iter()
        .zip(at.edges.iter().copied())
        .map(|(edge, (start, end, lane))| {
            let lane_x = LANE_X + lane as f64 * LANE_GAP;
            let right = BOX_X + BOX_W;
            let d = format!("M{right} {start} H{lane_x} V{end} H{}", right + 2.0);
            let class = if edge.problem {
                "route-map__edge route-map__edge--problem"
            } else if edge.never {
                "route-map__edge route-map__edge--never"
            } else {
                "route-map__edge"
            };
            let drawing = view! {
                <title>{edge.label.clone()}</title>
                <path class=class d=d marker-end="url(#route-map-arrow)"></path>
                <text class="route-map__label" x=LABEL_X.to_string() y=(start - 4.0).to_string()>{clip(&edge.label, LABEL_CHARS)}</text>
            };
            match edge.href {
                Some(href) => view! { <a href=href>{drawing}</a> }.into_any(),
                None => view! { <g>{drawing}</g> }.into_any(),
            }
        })
        .collect_view();
    view! {
        <div class="route-map" dir="ltr">
            <svg class="route-map__svg" xmlns="http://www.w3.org/2000/svg" role="group" aria-labelledby="route-map-title route-map-desc"
                viewBox=format!("0 0 {} {}", at.width, at.height) width=at.width.to_string() height=at.height.to_string()>
                <title id="route-map-title">{title}</title>
                <desc id="route-map-desc">{description}</desc>
                <defs>
                    <marker id="route-map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
                        <path class="route-map__arrow" d="M0 0 L10 5 L0 10 z"></path>
                    </marker>
                </defs>
                <text class="route-map__text" x=middle.to_string() y="16" text-anchor="middle">{start}</text>
                <path class="route-map__edge" d=format!("M{middle} 22 V{}", TOP - 2.0) marker-end="url(#route-map-arrow)"></path>
                {boxes}
                {arrows}
            </svg>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boxes_stack_in_a_column_tall_enough_for_their_routes() {
        let at = layout(3, &[(0, 1), (0, 2), (1, 2)]);
        assert_eq!(at.tops[0], TOP);
        assert!(at.tops[1] >= at.tops[0] + at.heights[0] && at.tops[2] >= at.tops[1] + at.heights[1]);
        assert!(at.heights[0] >= 28.0 + LINE + 4.0, "room for two labels");
        assert!(at.height > at.tops[2] + at.heights[2]);
    }

    #[test]
    fn arrows_that_overlap_take_different_lanes_and_the_drawing_widens_for_them() {
        let at = layout(4, &[(0, 1), (0, 3), (1, 2), (2, 3)]);
        let lanes: Vec<usize> = at.edges.iter().map(|e| e.2).collect();
        assert_eq!(lanes[0], 0, "the short arrows keep to the first lane");
        assert_eq!(lanes[2], 0);
        assert_ne!(lanes[1], 0, "the long one goes round them");
        assert_eq!(at.width, LANE_X + 2.0 * LANE_GAP + 10.0);
    }

    #[test]
    fn long_words_are_clipped_with_an_ellipsis() {
        assert_eq!(clip("short", 10), "short");
        assert_eq!(clip("a rather long label", 8), "a rathe…");
    }
}
