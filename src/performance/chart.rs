//! A horizontal bar chart of shares, drawn on the server as SVG. Each bar carries its value in
//! words beside it, so the chart never relies on colour or length alone, and a suppressed month
//! says so instead of drawing nothing. The chart is an image with a name and a description that
//! points to the table below it: the table is its text equivalent.

use leptos::prelude::*;

/// One bar: the month's label, its share (0 to 1) if shown, and the text written beside it.
#[derive(Clone, Debug)]
pub struct Bar {
    pub label: String,
    pub share: Option<f64>,
    pub text: String,
}

const WIDTH: f64 = 640.0;
const LABELS: f64 = 180.0;
const BARS: f64 = 360.0;
const ROW: f64 = 26.0;

/// The chart with id `id`, named by `caption` (shown above it) and described by `description`.
#[component]
pub fn BarChart(id: String, caption: String, description: String, bars: Vec<Bar>) -> impl IntoView {
    let height = ROW * bars.len() as f64 + 8.0;
    let caption_id = format!("{id}-caption");
    let desc_id = format!("{id}-desc");
    let rows = bars
        .into_iter()
        .enumerate()
        .map(|(n, bar)| {
            let y = 4.0 + ROW * n as f64;
            let length = bar.share.map_or(0.0, |s| (s.clamp(0.0, 1.0) * BARS).max(1.0));
            let text_x = LABELS + 8.0 + length + 6.0;
            view! {
                <g>
                    <text x=format!("{}", LABELS) y=format!("{:.1}", y + ROW * 0.62) text-anchor="end" class="chart__label">{bar.label}</text>
                    {bar.share.map(|_| view! {
                        <rect x=format!("{}", LABELS + 8.0) y=format!("{:.1}", y + 3.0) width=format!("{length:.1}") height=format!("{:.1}", ROW - 8.0) class="chart__bar"></rect>
                    })}
                    <text x=format!("{text_x:.1}") y=format!("{:.1}", y + ROW * 0.62) class="chart__value">{bar.text}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <figure class="chart" dir="ltr">
            <figcaption class="heading-s" id=caption_id.clone()>{caption}</figcaption>
            <svg class="chart__svg" viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-labelledby=format!("{caption_id} {desc_id}")
                xmlns="http://www.w3.org/2000/svg" focusable="false">
                <desc id=desc_id.clone()>{description}</desc>
                <line x1=format!("{}", LABELS + 8.0) x2=format!("{}", LABELS + 8.0) y1="0" y2=format!("{height}") class="chart__axis"></line>
                {rows}
            </svg>
        </figure>
    }
}
