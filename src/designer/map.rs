//! A service as a graph, for the route map and its text twin: the questions in order, check your
//! answers and the exit pages are the nodes; each question's routes (in order, the first whose
//! condition holds wins) and its fall-through to the next question are the edges. Where an edge
//! goes is what the engine says (`services::flow`), so the map never disagrees with the journey.

use crate::services::{
    flow::{self, Target},
    model::{Condition, Definition},
    rules::Problem,
};

/// One edge: from a question, by one of its routes (or by none of them), to a page.
#[derive(Clone, Debug, PartialEq)]
pub struct Edge {
    /// The question's position in the definition.
    pub from: usize,
    /// The route's position among the question's routes; `None`: no route applies ("otherwise").
    pub route: Option<usize>,
    pub to: Target,
    /// The route's condition; `None` on a route that always applies and on the fall-through.
    pub when: Option<Condition>,
    /// False when an earlier route always applies, so the engine never gets to this one.
    pub reachable: bool,
}

/// The nodes in the order they are drawn: every question, check your answers, every exit, then
/// anything a route names that does not exist (a problem the checks report).
#[derive(Clone, Debug, PartialEq)]
pub struct Graph {
    pub nodes: Vec<Target>,
    pub edges: Vec<Edge>,
}

impl Graph {
    /// Where node `target` is drawn.
    pub fn index(&self, target: &Target) -> Option<usize> {
        self.nodes.iter().position(|n| n == target)
    }

    /// The edges out of question `from`, in the order the engine tries them.
    pub fn from(&self, from: usize) -> impl Iterator<Item = &Edge> {
        self.edges.iter().filter(move |e| e.from == from)
    }
}

/// The graph of `d`.
pub fn graph(d: &Definition) -> Graph {
    let mut nodes: Vec<Target> = d.questions.iter().map(|q| Target::Question(q.id.clone())).collect();
    nodes.push(Target::CheckAnswers);
    nodes.extend(d.exits.iter().map(|e| Target::Exit(e.id.clone())));
    let mut edges = Vec::new();
    for (from, q) in d.questions.iter().enumerate() {
        let mut always = false;
        for (n, route) in q.next.iter().enumerate() {
            edges.push(Edge { from, route: Some(n), to: Target::parse(&route.go), when: route.when.clone(), reachable: !always });
            always |= route.when.is_none();
        }
        if !always {
            edges.push(Edge { from, route: None, to: flow::otherwise(d, q), when: None, reachable: true });
        }
    }
    for edge in &edges {
        if !nodes.contains(&edge.to) {
            nodes.push(edge.to.clone());
        }
    }
    Graph { nodes, edges }
}

/// What a problem's place (`questions[2].next[0].go`, `exits[1]`) marks on the map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mark {
    Question(usize),
    Route(usize, usize),
    Exit(usize),
    /// Not on the map: the service's details.
    Elsewhere,
}

pub fn mark(problem: &Problem) -> Mark {
    let number = |text: &str, prefix: &str| text.strip_prefix(prefix)?.split(']').next()?.parse::<usize>().ok();
    let place = problem.place.as_str();
    if let Some(q) = number(place, "questions[") {
        let route = place.split_once("].next[").and_then(|(_, rest)| rest.split(']').next()?.parse().ok());
        return route.map_or(Mark::Question(q), |r| Mark::Route(q, r));
    }
    number(place, "exits[").map_or(Mark::Elsewhere, Mark::Exit)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::services::{
        model::*,
        rules::{self, Broken},
    };

    pub(crate) fn q(id: &str, kind: Kind, next: Vec<Route>) -> Question {
        Question { id: id.into(), label: format!("{id}-label"), hint: None, summary_label: None, required: true, kind, next, profile: None }
    }

    pub(crate) fn radios(values: &[&str]) -> Kind {
        Kind::Radios {
            options: values.iter().map(|v| Choice { value: v.to_string(), label: "l".into(), hint: None, divider_before: false, follow_up: None }).collect(),
        }
    }

    pub(crate) fn when(question: &str, op: Op, go: &str) -> Route {
        Route { when: Some(Condition::Test(Test { question: question.into(), op })), go: go.into() }
    }

    /// Do you live here? (no: an exit) · Who is it for? (me: skip their name; nobody: an exit) ·
    /// Their name · Your age.
    pub(crate) fn branching() -> Definition {
        Definition {
            questions: vec![
                q("live-here", Kind::YesNo, vec![when("live-here", Op::Equals("no".into()), "exit:not-resident")]),
                q("who", radios(&["me", "other", "nobody"]), vec![
                    when("who", Op::Equals("nobody".into()), "exit:no-one"),
                    when("who", Op::Equals("me".into()), "age"),
                ]),
                q("their-name", Kind::Text { autocomplete: None, max_length: 50, width: None }, vec![]),
                q("age", Kind::WholeNumber { min: None, max: None }, vec![]),
            ],
            exits: vec![
                Exit { id: "not-resident".into(), title: "t".into(), body: vec![] },
                Exit { id: "no-one".into(), title: "t".into(), body: vec![] },
            ],
            ..Definition::sample()
        }
    }

    #[test]
    fn every_question_check_your_answers_and_every_exit_is_a_node_in_order() {
        let g = graph(&branching());
        let names: Vec<Target> = ["live-here", "who", "their-name", "age"].iter().map(|q| Target::Question(q.to_string())).collect();
        assert_eq!(g.nodes[..4], names[..]);
        assert_eq!(g.nodes[4..], [Target::CheckAnswers, Target::Exit("not-resident".into()), Target::Exit("no-one".into())]);
    }

    #[test]
    fn each_route_is_an_edge_in_order_then_the_fall_through_to_the_next_question() {
        let g = graph(&branching());
        let who: Vec<(Option<usize>, Target)> = g.from(1).map(|e| (e.route, e.to.clone())).collect();
        assert_eq!(who, [
            (Some(0), Target::Exit("no-one".into())),
            (Some(1), Target::Question("age".into())),
            (None, Target::Question("their-name".into())),
        ]);
        assert!(g.from(1).all(|e| e.reachable));
        let age: Vec<(Option<usize>, Target)> = g.from(3).map(|e| (e.route, e.to.clone())).collect();
        assert_eq!(age, [(None, Target::CheckAnswers)], "the last question falls through to check your answers");
    }

    #[test]
    fn after_a_route_that_always_applies_nothing_else_is_taken() {
        let mut d = branching();
        d.questions[2].next = vec![Route { when: None, go: "check-answers".into() }, Route { when: None, go: "age".into() }];
        let g = graph(&d);
        let edges: Vec<(Option<usize>, bool)> = g.from(2).map(|e| (e.route, e.reachable)).collect();
        assert_eq!(edges, [(Some(0), true), (Some(1), false)], "no fall-through, and the second route is never reached");
    }

    #[test]
    fn a_route_to_a_page_that_does_not_exist_gets_a_node_of_its_own() {
        let mut d = branching();
        d.questions[0].next[0].go = "exit:gone".into();
        let g = graph(&d);
        assert_eq!(g.nodes.last(), Some(&Target::Exit("gone".into())));
        assert!(rules::check(&d, None).iter().any(|p| p.kind == Broken::NoExit { exit: "gone".into() }));
    }

    #[test]
    fn problems_mark_the_question_the_route_or_the_exit_they_are_about() {
        let p = |place: &str| Problem { place: place.into(), kind: Broken::Version };
        assert_eq!(mark(&p("questions[2].next[1].when")), Mark::Route(2, 1));
        assert_eq!(mark(&p("questions[3]")), Mark::Question(3));
        assert_eq!(mark(&p("questions[0].options[1].label")), Mark::Question(0));
        assert_eq!(mark(&p("exits[1]")), Mark::Exit(1));
        assert_eq!(mark(&p("title")), Mark::Elsewhere);
    }

    #[test]
    fn routes_only_go_forward_so_the_map_has_no_loops() {
        // The rules refuse a route back, which is why the graph (and every path) ends.
        let mut d = branching();
        d.questions[3].next = vec![Route { when: None, go: "who".into() }];
        assert!(rules::check(&d, None).iter().any(|p| matches!(p.kind, Broken::NotAfter { .. })));
    }
}
