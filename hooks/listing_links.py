def on_page_content(html, page, config, files):
    return html
