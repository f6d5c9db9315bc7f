from typing import Any

from modelarts_core.arguments import path_segment

from ...models.show_plugin_template_plugintemplate_name import ShowPluginTemplatePlugintemplateName


def _get_kwargs(
    project_id: str,
    plugintemplate_name: ShowPluginTemplatePlugintemplateName,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/plugintemplates/{plugintemplate_name}".format(
            project_id=path_segment(project_id, "project_id"),
            plugintemplate_name=path_segment(plugintemplate_name, "plugintemplate_name"),
        ),
    }

    return _kwargs
