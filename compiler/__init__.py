"""polc: compile Chinese government policy text into lossless, schema-valid JSON and reviewers' HTML.

The pipeline, one module per stage: source → normalize → split → lines → levels → parse → tree →
annotate → meta → emit → validate (``pipeline.compile_source``); ``build`` writes OUT and
``site`` renders it.
"""
