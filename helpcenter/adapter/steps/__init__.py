"""The build's steps, one module per concern, each a class ``Steps`` whose ``on_<event>`` methods
helpcenter/adapter/runner.py calls in the order helpcenter/pipeline.py lists them.

A step turns MkDocs objects into plain data and calls the core (helpcenter.content, helpcenter.publish); it keeps
its per-build data on itself and shares results through ``build.state`` (helpcenter/adapter/build_state.py).
``__init__(build, config)`` runs once when a top-level build starts; ``on_config`` once per language build.
"""
