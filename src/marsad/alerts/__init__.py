"""Alerts (docs/alerts.md): saved views (a named filter of /api/events), an Atom feed per view, and
webhooks that POST the incidents new or updated since their last delivery, signed, retried, logged.

    feed.render_feed(view, feed.feed_items(store, query), base_url)   # Atom 1.0
    runner.run_alerts(store, settings, query_of)                       # one round over every webhook

A view's filters are validated, and turned into a store query, by the API's parameter model
(`marsad.api.viewspec`); the functions here take the resulting `EventQuery`.
"""
