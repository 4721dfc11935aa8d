//! A TCP proxy for tests: it spreads connections over its backends in turn (a round-robin load
//! balancer in front of several instances), and can be cut and restored (a database that goes
//! away and comes back).

use std::{
    net::SocketAddr,
    sync::{
        atomic::{AtomicBool, AtomicUsize, Ordering},
        Arc,
    },
};
use tokio::{net::{TcpListener, TcpStream}, sync::watch};

pub struct Proxy {
    pub address: SocketAddr,
    open: Arc<AtomicBool>,
    /// Bumped by each cut: every connection made before it is dropped.
    cuts: watch::Sender<u64>,
    served: Arc<Vec<AtomicUsize>>,
}

impl Proxy {
    pub async fn start(backends: Vec<SocketAddr>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let open = Arc::new(AtomicBool::new(true));
        let (cuts, _) = watch::channel(0u64);
        let served: Arc<Vec<AtomicUsize>> = Arc::new(backends.iter().map(|_| AtomicUsize::new(0)).collect());
        let (accepting, counts, watcher) = (open.clone(), served.clone(), cuts.clone());
        tokio::spawn(async move {
            let mut next = 0;
            while let Ok((mut inbound, _)) = listener.accept().await {
                if !accepting.load(Ordering::SeqCst) {
                    continue; // dropped at once: the peer sees the connection close
                }
                let n = next % backends.len();
                next += 1;
                counts[n].fetch_add(1, Ordering::SeqCst);
                let (backend, mut cut) = (backends[n], watcher.subscribe());
                tokio::spawn(async move {
                    let Ok(mut outbound) = TcpStream::connect(backend).await else { return };
                    tokio::select! {
                        _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound) => {}
                        _ = cut.changed() => {}
                    }
                });
            }
        });
        Self { address, open, cuts, served }
    }

    /// Drops every open connection and refuses new ones.
    pub fn cut(&self) {
        self.open.store(false, Ordering::SeqCst);
        self.cuts.send_modify(|n| *n += 1);
    }

    pub fn restore(&self) {
        self.open.store(true, Ordering::SeqCst);
    }

    /// How many connections each backend has been given.
    pub fn served(&self) -> Vec<usize> {
        self.served.iter().map(|n| n.load(Ordering::SeqCst)).collect()
    }
}
